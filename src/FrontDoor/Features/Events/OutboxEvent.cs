using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Events;

/// <summary>
/// Something connected systems may want to hear about (such as "customer.updated"), written in the same
/// transaction as the change. Delivery to webhook subscribers drains these.
/// </summary>
public class OutboxEvent
{
    public long Id { get; set; }
    public required string Type { get; set; }
    public required string PayloadJson { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DeliveredAt { get; set; }
}

sealed class OutboxEventConfiguration : IEntityTypeConfiguration<OutboxEvent>
{
    public void Configure(EntityTypeBuilder<OutboxEvent> e)
    {
        // The events still to fan out, oldest first: a round reads its batch, not every event delivered before.
        e.HasIndex(e => e.Id, "IX_OutboxEvents_Undelivered").HasFilter("\"DeliveredAt\" IS NULL");
    }
}
