using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Staff;
using FrontDoor.Features.SupportTasks;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Appointments;

/// <summary>A day's appointments at a place or with an officer, to print for reception or work through: who is coming, what help is booked, who has arrived.</summary>
[Authorize(Policy = StaffSetup.CaseWorkers)]
public class DayListModel(FrontDoorDb db, AppointmentVisits visits, AuditLog audit, TimeProvider clock) : PageModel
{
    [FromQuery] public string? Day { get; set; }
    [FromQuery] public long? Place { get; set; }
    [FromQuery] public long? Officer { get; set; }

    public sealed record Row(long Id, DateTime Start, DateTime End, string Name, string Type, AppointmentModes Mode, string Officer, string Place,
        string Needs, List<(SupportKind Kind, string? Language, SupportTaskState State)> Support, AppointmentState State, int Version);

    public DateOnly Date { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public List<Location> Places { get; private set; } = [];
    public List<(long Id, string Name)> Officers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Date = AppointmentSteps.ParseDay(Day) ?? WorkingDays.UkToday(clock);
        Places = await db.Locations.AsNoTracking().OrderBy(l => l.Name).ToListAsync(ct);
        Officers = [.. (await db.Diaries.AsNoTracking().Where(d => d.Use == Slots.DiaryUse.Appointments && d.Officer != null)
            .Select(d => new { d.Officer!.Id, d.Officer.DisplayName }).Distinct().ToListAsync(ct)).OrderBy(o => o.DisplayName).Select(o => (o.Id, o.DisplayName))];
        var (from, to) = (UkDates.StartOf(Date), UkDates.StartOf(Date.AddDays(1)));
        var query = db.Appointments.AsNoTracking().Where(a => a.Start >= from && a.Start < to && a.State != AppointmentState.Cancelled);
        // Officers and team leaders see their own team's; agents and administrators everyone's.
        if (StaffUser.From(User) is { Role: StaffRole.Officer or StaffRole.TeamLeader, TeamId: var team }) query = query.Where(a => a.Diary.TeamId == team);
        if (Place is long place) query = query.Where(a => a.Diary.LocationId == place);
        if (Officer is long officer) query = query.Where(a => a.Diary.OfficerId == officer);
        var found = await query.OrderBy(a => a.Start).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id, a.Start, a.End, a.Customer.FullName, Type = a.Type.Name, a.Mode, Officer = a.Diary.Officer!.DisplayName, Place = a.Diary.Location!.Name,
                a.Needs, a.InterpreterLanguage, a.State, a.Version,
            }).ToListAsync(ct);
        var ids = found.Select(a => a.Id).ToList();
        var support = (await db.SupportTasks.AsNoTracking().Where(t => t.AppointmentId != null && ids.Contains(t.AppointmentId.Value) && t.State != SupportTaskState.Cancelled)
            .Select(t => new { AppointmentId = t.AppointmentId!.Value, t.Kind, t.Language, t.State }).ToListAsync(ct)).ToLookup(t => t.AppointmentId);
        Rows = [.. found.Select(a => new Row(a.Id, a.Start, a.End, a.FullName, a.Type, a.Mode, a.Officer, a.Mode == AppointmentModes.InPerson ? a.Place ?? "" : AppointmentText.Mode(a.Mode),
            Customers.AssistanceNeeds.Describe(a.Needs, a.InterpreterLanguage), [.. support[a.Id].Select(t => (t.Kind, t.Language, t.State))], a.State, a.Version))];
        if (Rows.Count > 0) await audit.RecordReadAsync(HttpContext.Actor(), $"Viewed the appointments for {UkDates.Date(Date)}", null, null, ct);
    }

    public async Task<IActionResult> OnPostAsync([FromForm] long id, [FromForm] int version, CancellationToken ct)
    {
        if (await db.Appointments.Include(a => a.Customer).Include(a => a.Diary).SingleOrDefaultAsync(a => a.Id == id, ct) is not { } appointment) return NotFound();
        if (StaffUser.From(User)?.CanSeeTeam(appointment.Diary.TeamId) != true) return Forbid();
        if (await visits.CheckInAsync(appointment, version, HttpContext.Actor(), ct)) TempData.Done($"{appointment.Customer.FullName} has arrived");
        return Redirect(Request.Path + Request.QueryString);
    }

    /// <summary>The list for another day, at the same place or with the same officer.</summary>
    public string Link(DateOnly day) => AppointmentLinks.Day(day, Place, Officer);

    public static (string Text, string Classes) Tag(AppointmentState state) => state switch
    {
        AppointmentState.Booked => ("Booked", "govuk-tag--grey"),
        AppointmentState.Arrived => ("Arrived", "govuk-tag--green"),
        AppointmentState.DidNotAttend => ("Did not attend", "govuk-tag--red"),
        _ => (AppointmentText.State(state), "govuk-tag--blue"),
    };
}
