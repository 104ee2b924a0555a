using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Slots;

/// <summary>What a diary's places are taken for; Collections covers any booked service's dates, visits included.</summary>
public enum DiaryUse { Callbacks, Appointments, Collections }

/// <summary>
/// Times with places to take: the callback team's windows, an office's appointments, a round's collection days. Its
/// weekly hours say when it is open and how many places each slot has; bank holidays and its closures shut it; its
/// notice and booking window say how soon and how far ahead a place may be taken.
/// </summary>
public class Diary : Data.IVersioned
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public DiaryUse Use { get; set; }
    /// <summary>The team that works what is booked in it.</summary>
    public long TeamId { get; set; }
    public Teams.Team Team { get; set; } = null!;
    /// <summary>Where an appointment diary's officer sees people; null for one that only takes phone and video appointments.</summary>
    public long? LocationId { get; set; }
    public Appointments.Location? Location { get; set; }
    /// <summary>The officer whose time an appointment diary books.</summary>
    public long? OfficerId { get; set; }
    public Staff.StaffMember? Officer { get; set; }
    /// <summary>The booked service whose form's date question a collections diary offers (bulky waste, pest control).</summary>
    public int? ServiceId { get; set; }
    public Catalogue.Service? Service { get; set; }
    /// <summary>The wards a collections diary's round serves; none means everywhere.</summary>
    public List<string> Wards { get; set; } = [];
    /// <summary>How long before a slot begins it may still be taken.</summary>
    public int NoticeHours { get; set; }
    /// <summary>How many days ahead places may be taken.</summary>
    public int BookAheadDays { get; set; } = 28;
    public bool IsActive { get; set; } = true;
    public List<DiaryHours> Hours { get; set; } = [];
    public List<DiaryClosure> Closures { get; set; } = [];
    public int Version { get; set; }
}

/// <summary>One day of the week's opening: from and to in UK time, cut into slots of a length, each with its places.</summary>
public class DiaryHours
{
    public long Id { get; set; }
    public long DiaryId { get; set; }
    public DayOfWeek Day { get; set; }
    public TimeOnly From { get; set; }
    public TimeOnly To { get; set; }
    public int SlotMinutes { get; set; }
    public int Places { get; set; }
}

/// <summary>Days the diary is shut, both ends included: an office closed for training, a round's vehicle off the road.</summary>
public class DiaryClosure
{
    public long Id { get; set; }
    public long DiaryId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public required string Reason { get; set; }
}

/// <summary>
/// A slot once anyone has taken a place in it: how many places it had then and how many are taken. The count is
/// moved in the database, only while places are left, so two people cannot take its last place.
/// </summary>
public class Slot
{
    public long Id { get; set; }
    public long DiaryId { get; set; }
    public DateTime Start { get; set; }
    public DateTime End { get; set; }
    public int Places { get; set; }
    public int Taken { get; set; }
}

sealed class DiaryConfiguration : IEntityTypeConfiguration<Diary>
{
    public void Configure(EntityTypeBuilder<Diary> e)
    {
        e.Property(d => d.Name).HasMaxLength(100);
        e.HasIndex(d => d.Name).IsUnique();
        e.Property(d => d.Use).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.Version).IsConcurrencyToken();
        e.HasOne(d => d.Team).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne(d => d.Location).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne(d => d.Officer).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne(d => d.Service).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasMany(d => d.Hours).WithOne().HasForeignKey(h => h.DiaryId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(d => d.Closures).WithOne().HasForeignKey(c => c.DiaryId).OnDelete(DeleteBehavior.Cascade);
    }
}

sealed class DiaryClosureConfiguration : IEntityTypeConfiguration<DiaryClosure>
{
    public void Configure(EntityTypeBuilder<DiaryClosure> e) => e.Property(c => c.Reason).HasMaxLength(200);
}

sealed class SlotConfiguration : IEntityTypeConfiguration<Slot>
{
    public void Configure(EntityTypeBuilder<Slot> e)
    {
        e.HasIndex(s => new { s.DiaryId, s.Start }).IsUnique();
        e.HasOne<Diary>().WithMany().HasForeignKey(s => s.DiaryId).OnDelete(DeleteBehavior.Cascade);
    }
}
