using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Notifications;

/// <summary>How a message goes out. Stored, and named in the sent-message folders, as "email", "sms" and "letter".</summary>
public enum MessageKind { Email, Sms, Letter }

public static class MessageKinds
{
    /// <summary>The kind as staff read it: "Email", "Text message", "Letter".</summary>
    public static string Text(MessageKind kind) => kind switch
    {
        MessageKind.Email => "Email",
        MessageKind.Sms => "Text message",
        MessageKind.Letter => "Letter",
    };
}

/// <summary>
/// A message waiting to be sent. Written in the same transaction as the change it tells of,
/// so a crash after commit loses nothing; the sender job drains it.
/// </summary>
public class OutboxMessage
{
    public long Id { get; set; }
    public MessageKind Kind { get; set; }
    public required string Recipient { get; set; }
    public required string Subject { get; set; }
    public required string Body { get; set; }
    public long? CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    public long? CustomerId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime NextAttemptAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>Set when retries are exhausted; the message is then left for staff to look at.</summary>
    public DateTime? FailedAt { get; set; }
    public string? LastError { get; set; }
    /// <summary>The provider's id for the sent message (GOV.UK Notify's notification id), by which it reports delivery.</summary>
    public string? ProviderId { get; set; }
    /// <summary>What the provider last said of its delivery; null until it has said something final.</summary>
    public DeliveryStatus? DeliveryStatus { get; set; }
    public DateTime? DeliveryStatusAt { get; set; }
    public DateTime? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
    public List<DeliveryAttempt> DeliveryAttempts { get; set; } = [];
}

/// <summary>A provider's final word on a sent message. Stored by name.</summary>
public enum DeliveryStatus { Delivered, PermanentFailure, TemporaryFailure, TechnicalFailure }

public static class DeliveryStatuses
{
    public static bool IsFailure(DeliveryStatus status) => status != DeliveryStatus.Delivered;

    /// <summary>As staff read it, after "sent": "delivered", "not delivered: the address or number does not work".</summary>
    public static string Text(DeliveryStatus status) => status switch
    {
        DeliveryStatus.Delivered => "delivered",
        DeliveryStatus.PermanentFailure => "not delivered: the address or number does not work",
        DeliveryStatus.TemporaryFailure => "not delivered: the inbox was full or the phone was off for 3 days",
        DeliveryStatus.TechnicalFailure => "not delivered: the provider had a technical problem",
    };
}

public static class OutboxStates
{
    /// <summary>Where a message has got to, as staff read it: "waiting", "sent", "sent and delivered", "not sent: …".</summary>
    public static string Text(OutboxMessage m) =>
        m.DeliveryStatus is DeliveryStatus status ? $"sent, {DeliveryStatuses.Text(status)}"
        : m.SentAt is not null ? "sent"
        : m.FailedAt is not null ? "not sent"
        : "waiting";
}

public class DeliveryAttempt
{
    public long Id { get; set; }
    public long OutboxMessageId { get; set; }
    public DateTime At { get; set; }
    public bool Succeeded { get; set; }
    public string? Error { get; set; }
}

sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
        // The messages still to send, in the order a round takes them: a round reads its batch, not the whole backlog.
        e.HasIndex(m => new { m.NextAttemptAt, m.Id }, "IX_OutboxMessages_Due").HasFilter("\"SentAt\" IS NULL AND \"FailedAt\" IS NULL");
        e.HasMany(m => m.DeliveryAttempts).WithOne().HasForeignKey(a => a.OutboxMessageId);
        e.HasOne(m => m.Case).WithMany().HasForeignKey(m => m.CaseId);
        e.HasIndex(m => m.CustomerId);
        e.HasIndex(m => m.ProviderId);
        e.Property(m => m.ProviderId).HasMaxLength(64);
    }
}
