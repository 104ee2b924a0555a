using FrontDoor.Features.Staff;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

public enum DuplicateStatus { Open, NotDuplicates, Merged }

/// <summary>Two records that may be one person, found when a case arrived, waiting for a member of staff to decide.</summary>
public class PossibleDuplicate
{
    public long Id { get; set; }
    /// <summary>The lower id of the pair, so each pair is listed once.</summary>
    public long FirstId { get; set; }
    public Customer First { get; set; } = null!;
    public long SecondId { get; set; }
    public Customer Second { get; set; } = null!;
    /// <summary>What the records share, in words, one point per line.</summary>
    public required string Evidence { get; set; }
    public DateTime FoundAt { get; set; }
    public DuplicateStatus Status { get; set; }
    public long? DecidedByStaffId { get; set; }
    public DateTime? DecidedAt { get; set; }
}

/// <summary>
/// One record merged into another, with what moved, so it can be undone exactly. By a member of staff,
/// or (StaffId null) when a resident verified an email address the merged record had given.
/// </summary>
public class CustomerMerge
{
    public long Id { get; set; }
    public long SurvivorId { get; set; }
    public long MergedId { get; set; }
    public Customer Merged { get; set; } = null!;
    public long? StaffId { get; set; }
    public required string Reason { get; set; }
    public DateTime At { get; set; }
    /// <summary>The ids that moved and the survivor's details before, as JSON (<see cref="MergeRecord"/>).</summary>
    public required string MovedJson { get; set; }
    public DateTime? UndoneAt { get; set; }
    public long? UndoneByStaffId { get; set; }
}

public record MergeRecord(long[] Cases, long[] Contacts, long[] ContactPoints, long[] Notifications, long[] Alerts, long[] Duplicates, SurvivorBefore Survivor);

/// <summary>What a merge may fill in on the survivor from the merged record.</summary>
public record SurvivorBefore(string? Email, string? EmailNormalised, string? Phone, string? PhoneKey, long? Uprn, string? Address, string? PostcodeKey,
    string AssistanceNeeds, string? InterpreterLanguage, string? Language, DateTime? AccountCreatedAt);

/// <summary>
/// A warning for staff about a customer, such as a risk to visiting officers. Only the roles it names can
/// read it; everyone else sees that there is one and whom to ask.
/// </summary>
public class CustomerAlert
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public required string Text { get; set; }
    /// <summary>Comma-separated <see cref="StaffRole"/> names.</summary>
    public required string VisibleTo { get; set; }
    public long CreatedByStaffId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? RemovedAt { get; set; }

    public bool IsVisibleTo(StaffRole role) => VisibleTo.Split(',').Contains(role.ToString());
}

sealed class PossibleDuplicateConfiguration : IEntityTypeConfiguration<PossibleDuplicate>
{
    public void Configure(EntityTypeBuilder<PossibleDuplicate> e)
    {
        e.HasIndex(d => new { d.FirstId, d.SecondId }).IsUnique();
        e.HasIndex(d => d.SecondId);
        e.HasIndex(d => new { d.Status, d.FoundAt });
        e.HasOne(d => d.First).WithMany().HasForeignKey(d => d.FirstId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(d => d.Second).WithMany().HasForeignKey(d => d.SecondId).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class CustomerMergeConfiguration : IEntityTypeConfiguration<CustomerMerge>
{
    public void Configure(EntityTypeBuilder<CustomerMerge> e)
    {
        e.HasIndex(m => m.SurvivorId);
        e.HasIndex(m => m.MergedId);
        e.HasOne(m => m.Merged).WithMany().HasForeignKey(m => m.MergedId).OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class CustomerAlertConfiguration : IEntityTypeConfiguration<CustomerAlert>
{
    public void Configure(EntityTypeBuilder<CustomerAlert> e)
    {
        e.HasIndex(a => a.CustomerId);
    }
}
