-- Nothing reads events by the time they were handed on: the fan-out finds those still to go by
-- "IX_OutboxEvents_Undelivered". Every new event wrote a page of this index for nothing.
DROP INDEX "IX_OutboxEvents_DeliveredAt";
