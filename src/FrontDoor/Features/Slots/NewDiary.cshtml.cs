using System.Globalization;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Slots;

/// <summary>
/// A new diary: what its places are for, the team that works them, and, by use, the officer and place of an
/// appointment diary or the service and wards of a collections round. Its weekly hours are added on its own page next.
/// </summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class NewDiaryModel(FrontDoorDb db, AuditLog audit) : PageModel
{
    public static readonly string[] FieldOrder = ["name", "use", "team", "officer", "place", "service", "wards", "noticeHours", "bookAheadDays"];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public DiaryUse? Use { get; set; }
    [BindProperty] public long? Team { get; set; }
    [BindProperty] public long? Officer { get; set; }
    [BindProperty] public long? Place { get; set; }
    [BindProperty] public int? Service { get; set; }
    [BindProperty] public List<string> Wards { get; set; } = [];
    [BindProperty] public string? NoticeHours { get; set; } = "24";
    [BindProperty] public string? BookAheadDays { get; set; } = "28";

    public sealed record Choice(string Value, string Text);
    public List<Choice> Teams { get; private set; } = [];
    public List<Choice> Officers { get; private set; } = [];
    public List<Choice> Places { get; private set; } = [];
    public List<Choice> Services { get; private set; } = [];
    public List<string> AllWards { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadChoicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadChoicesAsync(ct);
        var errors = new List<(string Field, string Message)>(SetUpText.Errors("name", Name, "a name for the diary", 100, required: true));
        if (errors.Count == 0 && await db.Diaries.AnyAsync(d => d.Name == Name!.Trim(), ct)) errors.Add(("name", "There is already a diary with that name"));
        if (Use is not { } use || !Enum.IsDefined(use)) errors.Add(("use", "Select what the diary is for"));
        if (!Teams.Any(t => t.Value == Team?.ToString(CultureInfo.InvariantCulture))) errors.Add(("team", "Select the team that works what is booked"));
        if (Use == DiaryUse.Appointments && !Officers.Any(o => o.Value == Officer?.ToString(CultureInfo.InvariantCulture)))
            errors.Add(("officer", "Select the officer whose appointments it books"));
        if (Use == DiaryUse.Appointments && Place is not null && !Places.Any(p => p.Value == Place.Value.ToString(CultureInfo.InvariantCulture)))
            errors.Add(("place", "Select a place from the list"));
        if (Use == DiaryUse.Collections && !Services.Any(s => s.Value == Service?.ToString(CultureInfo.InvariantCulture)))
            errors.Add(("service", "Select the service whose dates it offers"));
        if (Use == DiaryUse.Collections && Wards.Any(w => !AllWards.Contains(w))) errors.Add(("wards", "Select wards from the list"));
        var notice = SetUpText.WholeNumber(NoticeHours, 0, DiaryRules.MaxNoticeHours, "noticeHours", DiaryRules.NoticeError, errors);
        var ahead = SetUpText.WholeNumber(BookAheadDays, 1, DiaryRules.MaxBookAheadDays, "bookAheadDays", DiaryRules.BookAheadError, errors);
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        if (!ModelState.IsValid) return Page();

        var diary = new Diary
        {
            Name = Name!.Trim(), Use = Use!.Value, TeamId = Team!.Value, NoticeHours = notice!.Value, BookAheadDays = ahead!.Value,
            OfficerId = Use == DiaryUse.Appointments ? Officer : null, LocationId = Use == DiaryUse.Appointments ? Place : null,
            ServiceId = Use == DiaryUse.Collections ? Service : null, Wards = Use == DiaryUse.Collections ? [.. Wards.Distinct().Order()] : [],
        };
        db.Diaries.Add(diary);
        audit.AddChange(HttpContext.Actor(), $"Made the diary {diary.Name}", [new("use", null, diary.Use.ToString())]);
        await db.SaveChangesAsync(ct);
        TempData.Done($"{diary.Name} is made. Add its weekly hours: until then it offers no times");
        return Redirect(DiaryLinks.Diary(diary.Id));
    }

    async Task LoadChoicesAsync(CancellationToken ct)
    {
        Teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new Choice(t.Id.ToString(), t.Name)).ToListAsync(ct);
        Officers = await db.StaffMembers.AsNoTracking().Where(s => s.IsActive).OrderBy(s => s.DisplayName).Select(s => new Choice(s.Id.ToString(), s.DisplayName)).ToListAsync(ct);
        Places = await db.Locations.AsNoTracking().Where(l => l.IsActive).OrderBy(l => l.Name).Select(l => new Choice(l.Id.ToString(), l.Name)).ToListAsync(ct);
        Services = await db.Services.AsNoTracking().OrderBy(s => s.Name).Select(s => new Choice(s.Id.ToString(), s.Name)).ToListAsync(ct);
        AllWards = await db.Properties.AsNoTracking().Select(p => p.Ward).Distinct().OrderBy(w => w).ToListAsync(ct);
    }
}
