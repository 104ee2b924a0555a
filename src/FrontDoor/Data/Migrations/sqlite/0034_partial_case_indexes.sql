-- Every new case wrote an entry in each of these, though a new case has none of what they look up: no assignee, no
-- member of staff who raised it (most), no related case, no booked slot, and it is not yet resolved. Each now holds
-- only the cases that have what it finds, so intake writes six index entries fewer per case, and every query that
-- used one still can (each asks for a value, which implies it is not null).
DROP INDEX "IX_Cases_AssigneeId";
CREATE INDEX "IX_Cases_AssigneeId" ON "Cases" ("AssigneeId") WHERE "AssigneeId" IS NOT NULL;
DROP INDEX "IX_Cases_RaisedByStaffId";
CREATE INDEX "IX_Cases_RaisedByStaffId" ON "Cases" ("RaisedByStaffId") WHERE "RaisedByStaffId" IS NOT NULL;
DROP INDEX "IX_Cases_RelatesToCaseId";
CREATE INDEX "IX_Cases_RelatesToCaseId" ON "Cases" ("RelatesToCaseId") WHERE "RelatesToCaseId" IS NOT NULL;
DROP INDEX "IX_Cases_BookedSlotId";
CREATE INDEX "IX_Cases_BookedSlotId" ON "Cases" ("BookedSlotId") WHERE "BookedSlotId" IS NOT NULL;
DROP INDEX "IX_Cases_TeamId_ResolvedAt_Id";
CREATE INDEX "IX_Cases_TeamId_ResolvedAt_Id" ON "Cases" ("TeamId", "ResolvedAt", "Id") WHERE "ResolvedAt" IS NOT NULL;
-- Retention's look-up: closed cases not yet anonymised, by when they closed.
DROP INDEX "IX_Cases_AnonymisedAt_ResolvedAt";
CREATE INDEX "IX_Cases_ToAnonymise" ON "Cases" ("ResolvedAt") WHERE "AnonymisedAt" IS NULL AND "ResolvedAt" IS NOT NULL;
