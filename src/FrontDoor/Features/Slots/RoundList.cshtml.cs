using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Slots;

/// <summary>
/// A day's booked collections and visits, round by round, to print for the crew or the officer: where to go, what for,
/// and the request to update. A cancelled request has given its place back, so it is not on the list.
/// </summary>
[Authorize(Policy = StaffSetup.CaseWorkers)]
public class RoundListModel(FrontDoorDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    [FromQuery] public string? Day { get; set; }
    [FromQuery] public long? Diary { get; set; }

    public sealed record Row(string Reference, DateTime Start, DateTime End, string Round, string Address, string Details, CaseStatus Status);

    public DateOnly Date { get; private set; }
    public List<Row> Rows { get; private set; } = [];
    public List<(long Id, string Name)> Rounds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Date = Appointments.AppointmentSteps.ParseDay(Day) ?? WorkingDays.UkToday(clock);
        var diaries = db.Diaries.AsNoTracking().Where(d => d.Use == DiaryUse.Collections);
        // Officers and team leaders see their own team's rounds; agents and administrators every round.
        if (StaffUser.From(User) is { Role: StaffRole.Officer or StaffRole.TeamLeader, TeamId: var team }) diaries = diaries.Where(d => d.TeamId == team);
        Rounds = [.. (await diaries.OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(ct)).Select(d => (d.Id, d.Name))];
        var shown = Diary is long one ? diaries.Where(d => d.Id == one) : diaries;
        var (from, to) = (UkDates.StartOf(Date), UkDates.StartOf(Date.AddDays(1)));
        var booked = await db.Cases.AsNoTracking()
            .Join(db.Slots.Where(s => s.Start >= from && s.Start < to), c => c.BookedSlotId, s => (long?)s.Id, (c, s) => new { Case = c, Slot = s })
            .Join(shown, x => x.Slot.DiaryId, d => d.Id, (x, d) => new
            {
                x.Case.Reference, x.Slot.Start, x.Slot.End, Round = d.Name, x.Case.LocationDescription, x.Case.AnswersJson, x.Case.ServiceId, x.Case.Status,
            })
            .OrderBy(x => x.Round).ThenBy(x => x.Start).ThenBy(x => x.LocationDescription).ToListAsync(ct);
        var serviceIds = booked.Select(b => b.ServiceId).Distinct().ToList();
        var forms = (await db.Services.AsNoTracking().Where(s => serviceIds.Contains(s.Id)).ToListAsync(ct)).ToDictionary(s => s.Id, s => s.Form);
        Rows = [.. booked.Select(b => new Row(b.Reference, b.Start, b.End, b.Round, b.LocationDescription ?? "No address given",
            Details(forms[b.ServiceId], Case.ParseAnswers(b.AnswersJson)), b.Status))];
        if (Rows.Count > 0) await audit.RecordReadAsync(HttpContext.Actor(), $"Viewed the collections and visits for {UkDates.Date(Date)}", null, null, ct);
    }

    /// <summary>What the resident told us, but where and when, which the list shows already: "Sofa or chair; 2; A grey sofa".</summary>
    static string Details(FormDefinition form, Dictionary<string, List<string>> answers) =>
        string.Join("; ", form.Asked(answers).Where(q => !q.IsLocationOrUpload && !q.IsSlot && answers.ContainsKey(q.Id)).Select(q => q.AnswerText(answers[q.Id])));

    public string Link(DateOnly day) => DiaryLinks.Rounds(day, Diary);
}
