using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using FrontDoor.Shared.Council;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Calendar;

/// <summary>The council's bank holiday division, and GOV.UK's file imported when it adds a year. Due dates follow both.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
[BodyLimit(2 * MaxFileBytes)]
public class BankHolidaysModel(FrontDoorDb db, AuditLog audit, TimeProvider clock, Refreshing<WorkingDays> workingDays) : PageModel
{
    const int MaxFileBytes = 1024 * 1024;
    public const string Stale = "Someone else changed the council's settings while you were looking. Check the division now chosen, then choose again";

    [BindProperty] public string? Division { get; set; }
    [BindProperty] public int Version { get; set; }
    public List<BankHoliday> Upcoming { get; private set; } = [];
    public DateOnly? KnownUntil { get; private set; }
    public List<string> ImportProblems { get; private set; } = [];
    public string? DoneMessage => TempData.Done();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var settings = await db.CouncilSettings.AsNoTracking().SingleOrDefaultAsync(ct);
        (Division, Version) = (settings?.Division ?? BankHolidayFile.Divisions[0].Code, settings?.Version ?? 0);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostDivisionAsync(CancellationToken ct)
    {
        if (!BankHolidayFile.Divisions.Any(d => d.Code == Division)) ModelState.AddModelError("division", "Choose which bank holidays the council follows");
        var settings = await db.CouncilSettings.SingleOrDefaultAsync(ct);
        if (ModelState.IsValid && (settings?.Version ?? 0) != Version) ModelState.AddModelError("division", Stale);
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        audit.AddChange(HttpContext.Actor(), "Changed the council's bank holidays", [new("Division", NameOf(settings?.Division ?? BankHolidayFile.Divisions[0].Code), NameOf(Division!))]);
        settings ??= new();
        (settings.Division, settings.UpdatedAt) = (Division!, clock.GetUtcNow().UtcDateTime);
        var saved = await db.TrySaveAsync(settings, Version, ct);
        if (!saved)
        {
            ModelState.AddModelError("division", Stale);
            await LoadAsync(ct);
            return Page();
        }
        workingDays.Reload();
        TempData.Done($"Due dates now count the bank holidays of {NameOf(Division!)}");
        return Redirect(StaffLinks.BankHolidays);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) ImportProblems.Add("Select GOV.UK's bank-holidays.json file");
        else if (file.Length > MaxFileBytes) ImportProblems.Add("The file must be smaller than 1MB");
        else
        {
            await using var stream = file.OpenReadStream();
            var (holidays, problems) = BankHolidayFile.Read(stream);
            ImportProblems.AddRange(problems);
            if (holidays is not null)
            {
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                await BankHolidayFile.ReplaceAsync(db, holidays, ct);
                audit.AddChange(HttpContext.Actor(), "Imported bank holidays",
                    holidays.Select(h => new FieldChange(NameOf(h.Key), null, $"{h.Value.Count} bank holidays")));
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                workingDays.Reload();
                TempData.Done($"Bank holidays imported: {string.Join(", ", holidays.Select(h => $"{h.Value.Count} for {NameOf(h.Key)}"))}");
                return Redirect(StaffLinks.BankHolidays);
            }
        }
        foreach (var problem in ImportProblems) ModelState.AddModelError("file", problem);
        await OnGetAsync(ct);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var today = WorkingDays.UkToday(clock);
        var division = Division ?? BankHolidayFile.Divisions[0].Code;
        Upcoming = await db.BankHolidays.AsNoTracking().Where(h => h.Division == division && h.Date >= today && h.Date <= today.AddYears(1)).OrderBy(h => h.Date).ToListAsync(ct);
        KnownUntil = await db.BankHolidays.Where(h => h.Division == division).MaxAsync(h => (DateOnly?)h.Date, ct);
    }

    public static string NameOf(string division) => BankHolidayFile.Divisions.FirstOrDefault(d => d.Code == division).Name ?? division;
}
