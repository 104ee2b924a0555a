using FrontDoor.Features.ApiClients;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Webhooks;

/// <summary>An API client's request to be told about some kinds of event at a URL of its own.</summary>
public class WebhookSubscription
{
    public long Id { get; set; }
    public long ApiClientId { get; set; }
    public ApiClient ApiClient { get; set; } = null!;
    public required string Url { get; set; }
    /// <summary>Space-separated event types, from <see cref="WebhookEvents.Types"/>.</summary>
    public required string EventTypes { get; set; }
    /// <summary>The signing secret, encrypted with Data Protection: we need it back to sign, so it cannot be hashed.</summary>
    public required string ProtectedSecret { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RemovedAt { get; set; }

    public IReadOnlyList<string> EventTypeList => EventTypes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>One event on its way to one subscription: tried until it is accepted or the retry window closes.</summary>
public class WebhookDelivery
{
    public long Id { get; set; }
    public long SubscriptionId { get; set; }
    public WebhookSubscription Subscription { get; set; } = null!;
    public long OutboxEventId { get; set; }
    public Events.OutboxEvent Event { get; set; } = null!;
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? DeliveredAt { get; set; }
    /// <summary>Set when the retry window closed without the receiver accepting it; staff may redeliver.</summary>
    public DateTime? FailedAt { get; set; }
    public string? LastError { get; set; }
    public DateTime? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
    /// <summary>Set when a member of staff asked for this to be sent again: the delivery it repeats.</summary>
    public long? RedeliveryOfId { get; set; }
    public List<WebhookAttempt> AttemptLog { get; set; } = [];
}

public class WebhookAttempt
{
    public long Id { get; set; }
    public long DeliveryId { get; set; }
    public DateTime At { get; set; }
    public int? StatusCode { get; set; }
    public string? Error { get; set; }
    public int DurationMs { get; set; }
    public bool Succeeded { get; set; }
}

sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> e)
    {
        e.HasIndex(s => s.ApiClientId);
        e.HasOne(s => s.ApiClient).WithMany().HasForeignKey(s => s.ApiClientId);
    }
}

sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> e)
    {
        e.HasIndex(d => new { d.DeliveredAt, d.FailedAt, d.NextAttemptAt });
        e.HasIndex(d => new { d.NextAttemptAt, d.Id }, "IX_WebhookDeliveries_Due").HasFilter("\"DeliveredAt\" IS NULL AND \"FailedAt\" IS NULL");
        e.HasIndex(d => new { d.SubscriptionId, d.Id });
        e.HasIndex(d => d.OutboxEventId);
        e.HasOne(d => d.Subscription).WithMany().HasForeignKey(d => d.SubscriptionId);
        e.HasOne(d => d.Event).WithMany().HasForeignKey(d => d.OutboxEventId);
        e.HasMany(d => d.AttemptLog).WithOne().HasForeignKey(a => a.DeliveryId);
    }
}
