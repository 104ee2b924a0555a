using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Features.SupportTasks;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Appointments;

/// <summary>One appointment for staff: who, what about, the help arranged, and how it went.</summary>
[Authorize(Policy = StaffSetup.CaseWorkers)]
public class StaffAppointmentModel(FrontDoorDb db, AppointmentBooking booking, AppointmentVisits visits, AuditLog audit) : PageModel
{
    public Appointment Appointment { get; private set; } = null!;
    public AppointmentChoice Choice { get; private set; } = null!;
    public string Officer { get; private set; } = "";
    public string? CaseReference { get; private set; }
    public List<SupportTask> Support { get; private set; } = [];

    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public int Version { get; set; }
    /// <summary>"cancel" from the cancel button; otherwise the outcome form.</summary>
    [BindProperty] public string? Next { get; set; }

    public static readonly (AppointmentOutcome Outcome, string Value, string Text)[] Outcomes =
    [
        (AppointmentOutcome.Resolved, "resolved", "Attended, and what they came about is dealt with"),
        (AppointmentOutcome.FollowUp, "follow-up", "Attended, and there is more to do"),
        (AppointmentOutcome.DidNotAttend, "did-not-attend", "Did not attend"),
    ];

    /// <summary>The appointment, or why not: not found, or another team's for an officer.</summary>
    async Task<IActionResult?> LoadAsync(long id, CancellationToken ct)
    {
        if (await db.Appointments.Include(a => a.Customer).Include(a => a.Diary).ThenInclude(d => d.Officer).SingleOrDefaultAsync(a => a.Id == id, ct) is not { } found) return NotFound();
        if (StaffUser.From(User)?.CanSeeTeam(found.Diary.TeamId) != true) return Forbid();
        Appointment = found;
        Choice = await booking.ChoiceOfAsync(found, ct);
        Officer = found.Diary.Officer?.DisplayName ?? found.Diary.Name;
        CaseReference = found.CaseId is long caseId ? await db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync(ct) : null;
        Support = await db.SupportTasks.AsNoTracking().Where(t => t.AppointmentId == id).OrderBy(t => t.Id).ToListAsync(ct);
        return null;
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        Version = Appointment.Version;
        await audit.RecordReadAsync(HttpContext.Actor(), "Viewed an appointment", Appointment.CaseId, Appointment.CustomerId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await LoadAsync(id, ct) is { } refused) return refused;
        if (Next == "cancel")
        {
            if (await booking.CancelAsync(Appointment, HttpContext.Actor(), ct)) TempData.Done("The appointment is cancelled and the customer told");
            return Redirect(AppointmentLinks.Appointment(id));
        }
        var outcome = Outcomes.FirstOrDefault(o => o.Value == Outcome);
        if (outcome.Value is null) ModelState.AddModelError("outcome", "Select how the appointment went");
        if (Note?.Trim().Length > AppointmentVisits.MaxNoteLength) ModelState.AddModelError("note", $"The note must be {AppointmentVisits.MaxNoteLength:N0} characters or less");
        if (!ModelState.IsValid) return Page();
        if (await visits.RecordOutcomeAsync(Appointment, Version, HttpContext.Actor(), outcome.Outcome, Note, ct) is { } problem)
        {
            ModelState.AddModelError("outcome", problem);
            return Page();
        }
        TempData.Done("Outcome recorded" + (CaseReference is null ? "" : $" on {CaseReference}"));
        return Redirect(AppointmentLinks.Day(Calendar.UkDates.DayOf(Appointment.Start)));
    }
}
