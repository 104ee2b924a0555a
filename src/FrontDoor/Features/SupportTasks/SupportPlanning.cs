using System.ComponentModel.DataAnnotations;
using FrontDoor.Data;
using FrontDoor.Features.Appointments;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.SupportTasks;

public class SupportOptions
{
    /// <summary>The team that books interpreters and has letters made in other formats; made when first needed.</summary>
    [Required, MaxLength(100)] public string TeamName { get; set; } = "Language and accessibility services";
    /// <summary>How many working days before it is needed support should be arranged.</summary>
    [Range(0, 20)] public int LeadWorkingDays { get; set; } = 2;
}

/// <summary>Turns a customer's needs into the tasks that meet them: for an appointment, what its officer cannot cover; for a letter, its format.</summary>
public sealed class SupportPlanning(FrontDoorDb db, WorkingDays workingDays, IOptions<SupportOptions> options, TimeProvider clock)
{
    /// <summary>The help a meeting needs that the officer does not bring: a Polish speaker needs no Polish interpreter.</summary>
    public static List<(SupportKind Kind, string? Language)> ForMeeting(IReadOnlyCollection<string> needs, string? language, IReadOnlyCollection<OfficerSkill> officer)
    {
        var tasks = new List<(SupportKind, string?)>();
        if (needs.Contains("bsl") && officer.All(s => s.Kind != SkillKind.BritishSignLanguage)) tasks.Add((SupportKind.BslInterpreter, null));
        if (needs.Contains(AssistanceNeeds.Interpreter) && !Speaks(officer, language)) tasks.Add((SupportKind.SpokenInterpreter, language));
        if (needs.Contains(AssistanceNeeds.Lipspeaker)) tasks.Add((SupportKind.Lipspeaker, null));
        return tasks;
    }

    public static bool Speaks(IEnumerable<OfficerSkill> officer, string? language) =>
        !string.IsNullOrWhiteSpace(language) && officer.Any(s => s.Kind == SkillKind.Language && string.Equals(s.Value.Trim(), language.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The formats other than standard print a letter to this customer must be made in, by the codes the print room reads.</summary>
    public static IEnumerable<(string Code, SupportKind Kind)> LetterFormats(Customer customer)
    {
        var needs = AssistanceNeeds.Codes(customer.AssistanceNeeds);
        return Formats.Where(f => needs.Contains(f.Code));
    }

    static readonly (string Code, SupportKind Kind)[] Formats =
        [("braille", SupportKind.Braille), ("large-print", SupportKind.LargePrint), ("audio", SupportKind.Audio), ("easy-read", SupportKind.EasyRead)];

    /// <summary>Adds the tasks an appointment needs, to be saved with it.</summary>
    public async Task AddForAppointmentAsync(Appointment appointment, IReadOnlyCollection<OfficerSkill> officer, CancellationToken ct)
    {
        var needed = ForMeeting(AssistanceNeeds.Codes(appointment.Needs), appointment.InterpreterLanguage, officer);
        if (needed.Count == 0) return;
        var team = await TeamAsync(ct);
        foreach (var (kind, language) in needed)
            db.SupportTasks.Add(New(kind, language, appointment.Customer, team, appointment.Start, t => (t.Appointment, t.CaseId) = (appointment, appointment.CaseId)));
    }

    /// <summary>Adds the tasks to make a letter in the customer's formats, to be saved with it.</summary>
    public async Task AddForLetterAsync(OutboxMessage letter, Customer customer, long? caseId, CancellationToken ct)
    {
        var formats = LetterFormats(customer).ToList();
        if (formats.Count == 0) return;
        var team = await TeamAsync(ct);
        // Posted by the end of the next working day, as a standard letter would be.
        var postBy = UkDates.At(workingDays.AddWorkingDays(WorkingDays.UkToday(clock), 1), new TimeOnly(17, 0));
        foreach (var (_, kind) in formats)
            db.SupportTasks.Add(New(kind, null, customer, team, postBy, t => (t.Letter, t.CaseId) = (letter, caseId)));
    }

    /// <summary>Calls off what was arranged for an appointment that is cancelled or moved; a move plans its own again.</summary>
    public Task CancelForAppointmentAsync(long appointmentId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return db.SupportTasks.Where(t => t.AppointmentId == appointmentId && (t.State == SupportTaskState.Open || t.State == SupportTaskState.Arranged))
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.State, SupportTaskState.Cancelled).SetProperty(t => t.ClosedAt, now)
                .SetProperty(t => t.Version, t => t.Version + 1), ct);
    }

    SupportTask New(SupportKind kind, string? language, Customer customer, Teams.Team team, DateTime neededBy, Action<SupportTask> link)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var task = new SupportTask
        {
            Kind = kind, Language = language, Customer = customer, Team = team, NeededBy = neededBy, DueAt = DueFor(neededBy, now), CreatedAt = now,
        };
        link(task);
        return task;
    }

    /// <summary>The end of the working day a few working days before it is needed; no earlier than now, however soon that is.</summary>
    DateTime DueFor(DateTime neededBy, DateTime now)
    {
        var day = workingDays.WorkingDaysBefore(UkDates.DayOf(neededBy), options.Value.LeadWorkingDays);
        var due = UkDates.At(day, new TimeOnly(17, 0));
        return due < now ? Min(now, neededBy) : Min(due, neededBy);
    }

    static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    Task<Teams.Team> TeamAsync(CancellationToken ct) => Teams.TeamNames.EnsureAsync(db, options.Value.TeamName, clock.GetUtcNow().UtcDateTime, ct);
}
