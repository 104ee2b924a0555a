using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Slots;

/// <summary>One diary's weekly hours, and its closures to add or take away.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class DiaryDetailsModel(FrontDoorDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int MaxReasonLength = 200;
    public static readonly string[] FieldOrder = ["hoursDay", "hoursFrom", "hoursTo", "slotMinutes", "places", "from", "to", "reason"];

    public Diary Diary { get; private set; } = null!;
    [BindProperty] public string? FromDay { get; set; }
    [BindProperty] public string? FromMonth { get; set; }
    [BindProperty] public string? FromYear { get; set; }
    [BindProperty] public string? ToDay { get; set; }
    [BindProperty] public string? ToMonth { get; set; }
    [BindProperty] public string? ToYear { get; set; }
    [BindProperty] public string? Reason { get; set; }
    /// <summary>The closure whose Remove button was pressed.</summary>
    [BindProperty] public long? Remove { get; set; }

    [BindProperty] public DayOfWeek? HoursDay { get; set; }
    [BindProperty] public string? HoursFrom { get; set; }
    [BindProperty] public string? HoursTo { get; set; }
    [BindProperty] public string? SlotMinutes { get; set; }
    [BindProperty] public string? Places { get; set; }
    /// <summary>The weekly hours whose Remove button was pressed.</summary>
    [BindProperty] public long? RemoveHours { get; set; }

    DateOnly Today => WorkingDays.UkToday(clock);

    /// <summary>Adds a day's opening (or takes one away). Places already taken stand: a slot keeps the places it had when first booked.</summary>
    public async Task<IActionResult> OnPostHoursAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (RemoveHours is long hoursId)
        {
            if (Diary.Hours.FirstOrDefault(h => h.Id == hoursId) is { } gone)
            {
                audit.AddChange(HttpContext.Actor(), $"Changed the hours of the diary {Diary.Name}", [new("hours", HoursText(gone), null)]);
                db.Remove(gone);
                await db.SaveChangesAsync(ct);
                TempData.Done($"{HoursText(gone)} is taken away");
            }
            return Redirect(DiaryLinks.Diary(id));
        }
        var errors = new List<(string Field, string Message)>();
        if (HoursDay is not { } day || !Enum.IsDefined(day)) errors.Add(("hoursDay", "Select the day of the week"));
        var from = DiaryRules.ClockTime(HoursFrom);
        if (from is null) errors.Add(("hoursFrom", "Enter the time it opens, like 9:00 or 13:30"));
        var to = DiaryRules.ClockTime(HoursTo);
        if (to is null) errors.Add(("hoursTo", "Enter the time it closes, like 17:00"));
        var minutes = SetUpText.WholeNumber(SlotMinutes, DiaryRules.MinSlotMinutes, DiaryRules.MaxSlotMinutes, "slotMinutes", DiaryRules.SlotMinutesError, errors);
        var places = SetUpText.WholeNumber(Places, 1, DiaryRules.MaxPlaces, "places", DiaryRules.PlacesError, errors);
        if (HoursDay is { } opens && from is not null && to is not null && minutes is not null
            && DiaryRules.HoursError(opens, from.Value, to.Value, minutes.Value, Diary.Hours) is var (wrong, why))
            errors.Add((wrong switch { DiaryRules.HoursField.To => "hoursTo", DiaryRules.HoursField.SlotMinutes => "slotMinutes", _ => "hoursFrom" }, why));
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        if (!ModelState.IsValid) return Page();

        var added = new DiaryHours { DiaryId = id, Day = HoursDay!.Value, From = from!.Value, To = to!.Value, SlotMinutes = minutes!.Value, Places = places!.Value };
        db.DiaryHours.Add(added);
        audit.AddChange(HttpContext.Actor(), $"Changed the hours of the diary {Diary.Name}", [new("hours", null, HoursText(added))]);
        await db.SaveChangesAsync(ct);
        TempData.Done($"{HoursText(added)} is added");
        return Redirect(DiaryLinks.Diary(id));
    }

    static readonly System.Globalization.CultureInfo EnGb = System.Globalization.CultureInfo.GetCultureInfo("en-GB");

    /// <summary>"Monday: 9am to 12pm, 30-minute slots, 1 place each".</summary>
    public static string HoursText(DiaryHours h) =>
        $"{EnGb.DateTimeFormat.GetDayName(h.Day)}: {UkDates.TimeOfDay(h.From)} to {UkDates.TimeOfDay(h.To)}, {h.SlotMinutes}-minute slots, {h.Places} {(h.Places == 1 ? "place" : "places")} each";

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Remove is long closureId)
        {
            if (Diary.Closures.FirstOrDefault(c => c.Id == closureId) is { } closure)
            {
                audit.AddChange(HttpContext.Actor(), $"Reopened the diary {Diary.Name}", [new("closed", $"{Text(closure)}: {closure.Reason}", null)]);
                db.DiaryClosures.Remove(closure);
                await db.SaveChangesAsync(ct);
                TempData.Done($"{Diary.Name} is open again {Text(closure)}");
            }
            return Redirect(DiaryLinks.Diary(id));
        }

        var errors = new List<(string Field, string Message)>();
        var from = DateFields.Parse(FromDay, FromMonth, FromYear, "from", "Enter the first day it is closed", "The first day must be a real date, like 24 12 2026", errors);
        var to = string.IsNullOrWhiteSpace(ToDay + ToMonth + ToYear) ? from
            : DateFields.Parse(ToDay, ToMonth, ToYear, "to", "", "The last day must be a real date, like 26 12 2026", errors);
        if (from < Today) errors.Add(("from", "The first day must be today or later"));
        if (from is not null && to < from) errors.Add(("to", "The last day must be the same as or after the first day"));
        else if (from is not null && to?.DayNumber - from.Value.DayNumber > 366) errors.Add(("to", "Close a diary for a year at most at a time"));
        if (Forms.AnswerValidator.TextError(Reason, MaxReasonLength, "Enter why it is closed, like Staff training", "The reason") is { } reason) errors.Add(("reason", reason));
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        if (!ModelState.IsValid) return Page();

        var added = new DiaryClosure { DiaryId = id, From = from!.Value, To = to!.Value, Reason = Reason!.Trim() };
        db.DiaryClosures.Add(added);
        audit.AddChange(HttpContext.Actor(), $"Closed the diary {Diary.Name}", [new("closed", null, $"{Text(added)}: {added.Reason}")]);
        await db.SaveChangesAsync(ct);
        var (start, end) = (UkDates.StartOf(added.From), UkDates.StartOf(added.To.AddDays(1)));
        // What was booked before the closure stands until someone moves it: say how much there is.
        var booked = await db.Slots.Where(s => s.DiaryId == id && s.Start >= start && s.Start < end).SumAsync(s => s.Taken, ct);
        TempData.Done($"{Diary.Name} is closed {Text(added)}" + (booked == 0 ? "" : $". {booked} already booked on those days: change or cancel {(booked == 1 ? "it" : "them")}"));
        return Redirect(DiaryLinks.Diary(id));
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await db.Diaries.Include(d => d.Team).Include(d => d.Officer).Include(d => d.Location).Include(d => d.Service).Include(d => d.Hours).Include(d => d.Closures).AsSplitQuery()
            .SingleOrDefaultAsync(d => d.Id == id, ct) is not { } diary) return false;
        Diary = diary;
        return true;
    }

    /// <summary>The closures still to come, soonest first; past ones are history.</summary>
    public IEnumerable<DiaryClosure> Closures => Diary.Closures.Where(c => c.To >= Today).OrderBy(c => c.From);

    public static string Text(DiaryClosure c) => c.From == c.To ? $"on {UkDates.Date(c.From)}" : $"from {UkDates.Date(c.From)} to {UkDates.Date(c.To)}";
}
