using FrontDoor.Features.Calendar;
using FrontDoor.Features.Complaints;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Performance;

/// <summary>The complaints report, for the period and service or team the dashboard shows; each table downloads as CSV.</summary>
[Authorize(Policy = StaffSetup.PerformanceReaders)]
public class ComplaintsReportModel(ComplaintFigures figures, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public DashboardQuery Query { get; set; } = new();
    public FigureFilter Filter { get; private set; } = null!;
    public List<FigureTable> Tables { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? csv, CancellationToken ct)
    {
        var (filter, errors) = Query.Resolve(UkDates.DayOf(clock.GetUtcNow().UtcDateTime));
        if (errors.Count > 0) return BadRequest();
        Filter = filter;
        Tables = await figures.GetAsync(filter, ct);
        if (csv is null) return Page();
        return Tables.FirstOrDefault(t => t.Key == csv) is { } table
            ? File(table.Csv(), "text/csv; charset=utf-8", $"complaints-{table.Key}-{filter.Period.Code}.csv")
            : NotFound();
    }
}
