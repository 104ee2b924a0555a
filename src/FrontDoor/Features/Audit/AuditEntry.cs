using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Audit;

/// <summary>
/// Who read or changed a customer's personal data, when and from where. Entries are only ever added:
/// <see cref="Data.FrontDoorDb"/> refuses to save a change to or removal of one, the database refuses it too (a trigger,
/// and on PostgreSQL the grants in docs/postgres-roles.sql), and <see cref="AuditChain"/> seals each into a hash chain
/// that shows any later alteration.
/// </summary>
public class AuditEntry
{
    public long Id { get; init; }
    public DateTime At { get; init; }
    /// <summary>0 when a connected system (<see cref="ApiClientId"/>), a resident or FrontDoor itself rather than staff did it.</summary>
    public long StaffId { get; init; }
    public long? ApiClientId { get; init; }
    public required string StaffName { get; init; }
    public required string Action { get; init; }
    public long? CaseId { get; init; }
    public long? CustomerId { get; init; }
    public string? IpAddress { get; init; }
    /// <summary>For a change to the council's set-up: each field's value before and after, as JSON.</summary>
    public string? Changes { get; init; }
    /// <summary>Its place in the chain, from 1, given when sealed (shortly after it is written); null until then.</summary>
    public long? Seq { get; init; }
    /// <summary>SHA-256 (hex) of the entry before it and of this entry's content and place; null until sealed.</summary>
    public string? Hash { get; init; }
}

sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.HasIndex(a => a.At);
        e.HasIndex(a => a.CaseId);
        e.HasIndex(a => a.CustomerId);
        e.HasIndex(a => a.StaffId);
        e.HasIndex(a => a.Seq).IsUnique();
        e.Property(a => a.Hash).HasMaxLength(64);
    }
}
