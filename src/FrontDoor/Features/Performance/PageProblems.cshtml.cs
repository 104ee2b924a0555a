using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.SiteFeedback;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>The problems visitors reported with pages in the dashboard's period, newest first.</summary>
[Authorize(Policy = StaffSetup.PerformanceReaders)]
public class PageProblemsModel(FrontDoorDb db, TimeProvider clock) : PageModel
{
    public const int Shown = 200;

    [BindProperty(SupportsGet = true)] public DashboardQuery Query { get; set; } = new();
    public Period Period { get; private set; } = null!;
    public List<PageFeedback> Reports { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (filter, errors) = Query.Resolve(UkDates.DayOf(clock.GetUtcNow().UtcDateTime));
        if (errors.Count > 0) return BadRequest();
        Period = filter.Period;
        var (from, to) = (UkDates.StartOf(Period.From), UkDates.StartOf(Period.To));
        Reports = await db.PageFeedback.AsNoTracking().Where(f => f.Kind == PageFeedbackKind.Problem && f.At >= from && f.At < to)
            .OrderByDescending(f => f.At).Take(Shown).ToListAsync(ct);
        return Page();
    }
}
