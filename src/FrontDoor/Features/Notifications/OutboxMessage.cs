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
    public DateTime? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
    public List<DeliveryAttempt> DeliveryAttempts { get; set; } = [];
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
        e.HasMany(m => m.DeliveryAttempts).WithOne().HasForeignKey(a => a.OutboxMessageId);
        e.HasOne(m => m.Case).WithMany().HasForeignKey(m => m.CaseId);
        e.HasIndex(m => m.CustomerId);
    }
}
