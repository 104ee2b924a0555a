using FrontDoor.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Appointments;

/// <summary>How the resident and the officer meet.</summary>
[Flags]
public enum AppointmentModes { None = 0, InPerson = 1, Phone = 2, Video = 4 }

public enum AppointmentState { Booked, Arrived, Resolved, FollowUp, DidNotAttend, Cancelled }

/// <summary>How an appointment ended, as the officer records it.</summary>
public enum AppointmentOutcome { Resolved, FollowUp, DidNotAttend }

/// <summary>A place residents come to: the council offices, a library, a digital hub.</summary>
public class Location
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The address, a line to a line, as a letter or the booking confirmation prints it.</summary>
    public required string Address { get; set; }
    /// <summary>Step-free access, a hearing loop, where to report on arrival.</summary>
    public string AccessInformation { get; set; } = "";
    public bool IsActive { get; set; } = true;
}

/// <summary>
/// Something a resident can book time with an officer for: a team's advice session, a housing options interview. The
/// team's appointment diaries offer its times; a specialism, when it has one, narrows them to officers who have it.
/// </summary>
public class AppointmentType
{
    public long Id { get; set; }
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public string Description { get; set; } = "";
    public long TeamId { get; set; }
    public Teams.Team Team { get; set; } = null!;
    public AppointmentModes Modes { get; set; }
    public int DurationMinutes { get; set; } = 30;
    /// <summary>What an officer must know to take it (see <see cref="SkillKind.Specialism"/>); null when any of the team can.</summary>
    public string? Specialism { get; set; }
    public bool IsActive { get; set; } = true;
}

public enum SkillKind { Language, BritishSignLanguage, Specialism }

/// <summary>What an officer brings to an appointment: a language they speak, BSL, a specialism.</summary>
public class OfficerSkill
{
    public long Id { get; set; }
    public long StaffId { get; set; }
    public SkillKind Kind { get; set; }
    /// <summary>The language or specialism, as written; empty for BSL.</summary>
    public string Value { get; set; } = "";
}

/// <summary>
/// A resident's time with an officer: a place taken in the officer's diary, how they meet, what it is about, the help
/// they need there, and how it went.
/// </summary>
public class Appointment : Data.IVersioned
{
    public long Id { get; set; }
    /// <summary>What the resident quotes to change or cancel it: the same shape as a case's reference.</summary>
    public required string Reference { get; set; }
    public long AppointmentTypeId { get; set; }
    public AppointmentType Type { get; set; } = null!;
    public AppointmentModes Mode { get; set; }
    public long DiaryId { get; set; }
    public Slots.Diary Diary { get; set; } = null!;
    public long SlotId { get; set; }
    public DateTime Start { get; set; }
    public DateTime End { get; set; }
    public long CustomerId { get; set; }
    public Customers.Customer Customer { get; set; } = null!;
    /// <summary>The number to call for a phone appointment, or to reach them about it.</summary>
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public required string About { get; set; }
    /// <summary>The customer's own request it is about, when they gave its reference.</summary>
    public long? CaseId { get; set; }
    public Case? Case { get; set; }
    /// <summary>Help they need at the appointment: <see cref="Customers.AssistanceNeeds"/> codes.</summary>
    public string Needs { get; set; } = "";
    public string? InterpreterLanguage { get; set; }
    public AppointmentState State { get; set; }
    public Channel Channel { get; set; }
    public long? BookedByStaffId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ArrivedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? OutcomeNote { get; set; }
    public DateTime? DayBeforeReminderAt { get; set; }
    public DateTime? MorningReminderAt { get; set; }
    public int Version { get; set; }

    public bool IsUpcoming => State == AppointmentState.Booked;
}

public static class AppointmentText
{
    public static string Mode(AppointmentModes mode) => mode switch
    {
        AppointmentModes.InPerson => "In person",
        AppointmentModes.Phone => "By phone",
        AppointmentModes.Video => "By video call",
        _ => mode.ToString(),
    };

    public static string ModeHint(AppointmentModes mode) => mode switch
    {
        AppointmentModes.InPerson => "Come to one of our offices",
        AppointmentModes.Phone => "We will call you",
        AppointmentModes.Video => "We will send you a link to join on a phone, tablet or computer",
        _ => "",
    };

    public static string State(AppointmentState state) => state switch
    {
        AppointmentState.Booked => "Booked",
        AppointmentState.Arrived => "Arrived",
        AppointmentState.Resolved => "Attended, resolved",
        AppointmentState.FollowUp => "Attended, follow-up needed",
        AppointmentState.DidNotAttend => "Did not attend",
        AppointmentState.Cancelled => "Cancelled",
    };

    public static IEnumerable<AppointmentModes> Each(AppointmentModes modes) =>
        new[] { AppointmentModes.InPerson, AppointmentModes.Phone, AppointmentModes.Video }.Where(m => modes.HasFlag(m));
}

sealed class LocationConfiguration : IEntityTypeConfiguration<Location>
{
    public void Configure(EntityTypeBuilder<Location> e)
    {
        e.Property(l => l.Name).HasMaxLength(100);
        e.HasIndex(l => l.Name).IsUnique();
        e.Property(l => l.Address).HasMaxLength(300);
        e.Property(l => l.AccessInformation).HasMaxLength(1000);
    }
}

sealed class AppointmentTypeConfiguration : IEntityTypeConfiguration<AppointmentType>
{
    public void Configure(EntityTypeBuilder<AppointmentType> e)
    {
        e.Property(t => t.Slug).HasMaxLength(100);
        e.HasIndex(t => t.Slug).IsUnique();
        e.Property(t => t.Name).HasMaxLength(100);
        e.Property(t => t.Description).HasMaxLength(1000);
        e.Property(t => t.Specialism).HasMaxLength(100);
        e.HasOne(t => t.Team).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

sealed class OfficerSkillConfiguration : IEntityTypeConfiguration<OfficerSkill>
{
    public void Configure(EntityTypeBuilder<OfficerSkill> e)
    {
        e.Property(s => s.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(s => s.Value).HasMaxLength(100);
        e.HasOne<Staff.StaffMember>().WithMany().HasForeignKey(s => s.StaffId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(s => new { s.StaffId, s.Kind, s.Value }).IsUnique();
    }
}

sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> e)
    {
        e.Property(a => a.Reference).HasMaxLength(9);
        e.HasIndex(a => a.Reference).IsUnique();
        e.Property(a => a.Mode).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.State).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.Phone).HasMaxLength(40);
        e.Property(a => a.Email).HasMaxLength(254);
        e.Property(a => a.About).HasMaxLength(AppointmentBooking.MaxAboutLength);
        e.Property(a => a.Needs).HasMaxLength(200);
        e.Property(a => a.InterpreterLanguage).HasMaxLength(Customers.AssistanceNeeds.MaxLanguageLength);
        e.Property(a => a.OutcomeNote).HasMaxLength(CaseWorkflow.MaxTextLength);
        e.Property(a => a.Version).IsConcurrencyToken();
        e.HasOne(a => a.Type).WithMany().HasForeignKey(a => a.AppointmentTypeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(a => a.Diary).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Slots.Slot>().WithMany().HasForeignKey(a => a.SlotId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(a => a.Customer).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne(a => a.Case).WithMany().OnDelete(DeleteBehavior.Restrict);
        // The day list, and the reminder job's look ahead.
        e.HasIndex(a => new { a.Start, a.State });
        e.HasIndex(a => a.CustomerId);
    }
}
