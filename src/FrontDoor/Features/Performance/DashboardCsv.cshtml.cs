using FrontDoor.Features.Calendar;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Performance;

/// <summary>One of the dashboard's tables as a CSV file, for the same filters.</summary>
[Authorize(Policy = StaffSetup.PerformanceReaders)]
public class DashboardCsvModel(DashboardFigures figures, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DashboardQuery Query { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(string table, CancellationToken ct)
    {
        if (DashboardTables.Parse(table) is null) return NotFound();
        var today = UkDates.DayOf(clock.GetUtcNow().UtcDateTime);
        var (filter, errors) = Query.Resolve(today);
        if (errors.Count > 0) return BadRequest();
        var ((tables, _), _) = await figures.GetAsync(filter, today, ct);
        return File(tables.Single(t => t.Key == table).Csv(), "text/csv; charset=utf-8", $"performance-{table}-{filter.Period.Code}.csv");
    }
}
