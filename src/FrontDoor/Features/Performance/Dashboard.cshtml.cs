using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

[Authorize(Policy = StaffSetup.PerformanceReaders)]
public class DashboardModel(FrontDoorDb db, DashboardFigures figures, TimeProvider clock, Microsoft.Extensions.Options.IOptions<FiguresOptions> options) : PageModel
{
    [BindProperty(SupportsGet = true)] public DashboardQuery Query { get; set; } = new();

    public FigureFilter Filter { get; private set; } = null!;
    public List<FigureTable> Tables { get; private set; } = [];
    public List<HotSquare> Squares { get; private set; } = [];
    public List<Period> Periods { get; private set; } = [];
    public List<(int Id, string Name)> Services { get; private set; } = [];
    public List<(long Id, string Name)> Teams { get; private set; } = [];
    public List<string> Wards { get; private set; } = [];
    public DateTime? CountedTo { get; private set; }
    public MapTiles? Tiles => options.Value.Tiles;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = UkDates.DayOf(clock.GetUtcNow().UtcDateTime);
        (Filter, var errors) = Query.Resolve(today);
        foreach (var (field, error) in errors) ModelState.AddModelError(field, error);
        ViewData["FieldOrder"] = DashboardQuery.FieldOrder;
        ((Tables, Squares), CountedTo) = await figures.GetAsync(Filter, today, ct);
        Periods = Choices(today);
        Services = (await db.Services.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name)).ToList();
        Teams = (await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct)).Select(t => (t.Id, t.Name)).ToList();
        Wards = await figures.WardsAsync(ct);
    }

    /// <summary>The last two years' months, eight quarters and four years, newest first.</summary>
    static List<Period> Choices(DateOnly today) =>
    [
        .. Enumerable.Range(0, 24).Select(i => Period.Month(today.AddMonths(-i))),
        .. Enumerable.Range(0, 8).Select(i => Period.Quarter(today.AddMonths(-3 * i))),
        .. Enumerable.Range(0, 4).Select(i => Period.Year(today.AddYears(-i))),
    ];
}
