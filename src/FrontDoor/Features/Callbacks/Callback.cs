using FrontDoor.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Callbacks;

public enum CallbackState { Waiting, Completed, NotReached, Cancelled }

/// <summary>
/// A call back the customer asked for instead of waiting in a queue: the number to call, what it is about, and the
/// window it was booked in (a place in the callback diary). Agents try it until they reach the customer or run out of tries.
/// </summary>
public class Callback : Data.IVersioned
{
    public long Id { get; set; }
    public long CustomerId { get; set; }
    public Customers.Customer Customer { get; set; } = null!;
    /// <summary>The number to call, as the customer gave it.</summary>
    public required string Phone { get; set; }
    public required string About { get; set; }
    /// <summary>The customer's own request it is about, when they gave its reference.</summary>
    public long? CaseId { get; set; }
    public Case? Case { get; set; }
    public long SlotId { get; set; }
    public DateTime WindowStart { get; set; }
    public DateTime WindowEnd { get; set; }
    public CallbackState State { get; set; }
    public int Attempts { get; set; }
    /// <summary>Not before this after an unanswered call; null until then.</summary>
    public DateTime? TryAgainAt { get; set; }
    /// <summary>How it was asked for: online, or by an agent for a caller when the queue was long.</summary>
    public Channel Channel { get; set; }
    public long? BookedByStaffId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>Whether what the customer called about was settled on the call back.</summary>
    public bool ResolvedOnCall { get; set; }
    public List<CallbackAttempt> AttemptsMade { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>One try at calling the customer back: who, when, and whether they answered.</summary>
public class CallbackAttempt
{
    public long Id { get; set; }
    public long CallbackId { get; set; }
    public DateTime At { get; set; }
    public long StaffId { get; set; }
    public bool Reached { get; set; }
    public string? Note { get; set; }
}

sealed class CallbackConfiguration : IEntityTypeConfiguration<Callback>
{
    public void Configure(EntityTypeBuilder<Callback> e)
    {
        e.Property(c => c.Phone).HasMaxLength(40);
        e.Property(c => c.About).HasMaxLength(CallbackBooking.MaxAboutLength);
        e.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        e.Property(c => c.Version).IsConcurrencyToken();
        e.HasOne(c => c.Customer).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne(c => c.Case).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Slots.Slot>().WithMany().HasForeignKey(c => c.SlotId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.AttemptsMade).WithOne().HasForeignKey(a => a.CallbackId).OnDelete(DeleteBehavior.Cascade);
        // The agents' queue: what is still to call, by window.
        e.HasIndex(c => new { c.State, c.WindowStart });
        e.HasIndex(c => c.CustomerId);
    }
}

sealed class CallbackAttemptConfiguration : IEntityTypeConfiguration<CallbackAttempt>
{
    public void Configure(EntityTypeBuilder<CallbackAttempt> e)
    {
        e.Property(a => a.Note).HasMaxLength(CaseWorkflow.MaxTextLength);
        e.HasOne<Staff.StaffMember>().WithMany().HasForeignKey(a => a.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}
