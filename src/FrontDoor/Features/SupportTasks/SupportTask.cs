using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.SupportTasks;

/// <summary>Help to arrange so a customer can take part: someone at an appointment, or a letter in a form they can read.</summary>
public enum SupportKind { BslInterpreter, SpokenInterpreter, Lipspeaker, Translation, Braille, LargePrint, Audio, EasyRead }

public enum SupportTaskState { Open, Arranged, Done, Cancelled }

/// <summary>
/// One piece of support to arrange before it is needed: a Polish interpreter for Tuesday's appointment, a letter in
/// Braille. Owned by the team that arranges such things, and linked to what it serves.
/// </summary>
public class SupportTask : Data.IVersioned
{
    public long Id { get; set; }
    public SupportKind Kind { get; set; }
    /// <summary>The language, for an interpreter or a translation.</summary>
    public string? Language { get; set; }
    public long CustomerId { get; set; }
    public Customers.Customer Customer { get; set; } = null!;
    public long? AppointmentId { get; set; }
    public Appointments.Appointment? Appointment { get; set; }
    public long? CaseId { get; set; }
    public Cases.Case? Case { get; set; }
    /// <summary>The letter to produce in this format.</summary>
    public long? LetterId { get; set; }
    public Notifications.OutboxMessage? Letter { get; set; }
    public long TeamId { get; set; }
    public Teams.Team Team { get; set; } = null!;
    /// <summary>When the support itself is needed: the appointment's start, or when the letter should be posted.</summary>
    public DateTime NeededBy { get; set; }
    /// <summary>When it should be arranged by, leaving time to spare.</summary>
    public DateTime DueAt { get; set; }
    public SupportTaskState State { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? Note { get; set; }
    public int Version { get; set; }

    public bool IsOpen => State is SupportTaskState.Open or SupportTaskState.Arranged;
}

public static class SupportText
{
    public static string Kind(SupportKind kind, string? language) => kind switch
    {
        SupportKind.BslInterpreter => "British Sign Language (BSL) interpreter",
        SupportKind.SpokenInterpreter => $"{language ?? "Spoken language"} interpreter",
        SupportKind.Lipspeaker => "Lipspeaker",
        SupportKind.Translation => $"Translation into {language ?? "another language"}",
        SupportKind.Braille => "Letter in Braille",
        SupportKind.LargePrint => "Letter in large print",
        SupportKind.Audio => "Letter on audio",
        SupportKind.EasyRead => "Easy Read letter",
    };

    public static (string Text, string Classes) Tag(SupportTaskState state) => state switch
    {
        SupportTaskState.Open => ("To arrange", "govuk-tag--yellow"),
        SupportTaskState.Arranged => ("Arranged", "govuk-tag--blue"),
        SupportTaskState.Done => ("Done", "govuk-tag--green"),
        SupportTaskState.Cancelled => ("Cancelled", "govuk-tag--grey"),
    };
}

sealed class SupportTaskConfiguration : IEntityTypeConfiguration<SupportTask>
{
    public void Configure(EntityTypeBuilder<SupportTask> e)
    {
        e.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(t => t.State).HasConversion<string>().HasMaxLength(20);
        e.Property(t => t.Language).HasMaxLength(Customers.AssistanceNeeds.MaxLanguageLength);
        e.Property(t => t.Note).HasMaxLength(Cases.CaseWorkflow.MaxTextLength);
        e.Property(t => t.Version).IsConcurrencyToken();
        e.HasOne(t => t.Customer).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne(t => t.Appointment).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne(t => t.Case).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne(t => t.Letter).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne(t => t.Team).WithMany().OnDelete(DeleteBehavior.Restrict);
        // The team's list, soonest due first.
        e.HasIndex(t => new { t.State, t.DueAt });
        e.HasIndex(t => t.AppointmentId);
        e.HasIndex(t => t.CaseId);
    }
}
