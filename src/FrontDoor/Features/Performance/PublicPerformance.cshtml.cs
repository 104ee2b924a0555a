using System.Globalization;
using FrontDoor.Data;
using FrontDoor.Features.ContentPages;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>The council's published figures for the last twelve whole months, with its own introduction.</summary>
public class PublicPerformanceModel(PublishedFigures figures, FrontDoorDb db) : PageModel
{
    static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public string Title { get; private set; } = "";
    public string Introduction { get; private set; } = "";
    public List<FigureTable> Tables { get; private set; } = [];
    public Period Covered { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var standard = StandardPages.Find(StandardPages.Performance)!;
        var own = await db.ContentPages.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == StandardPages.Performance, ct);
        (Title, Introduction) = (own?.Title ?? standard.Title, own?.Body ?? standard.FirstText);

        var last = figures.ThisMonth.AddMonths(-1);
        Covered = new Period(PeriodKind.Custom, last.AddMonths(-11), figures.ThisMonth);
        var cells = (await figures.CellsAsync(ct)).Where(c => c.Month >= Covered.From).ToList();
        var services = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        var complaints = await figures.ComplaintsByMonthAsync(ct);
        Tables =
        [
            new("by-month", "Month by month", "Requests received each month, the share made online, how many of those resolved were resolved within the service standard, how many of the people who answered our satisfaction question were satisfied, and the complaints we received.",
                ["Month", "Requests", "Made online", "Within the service standard", "Satisfied", "Complaints"],
                [.. Enumerable.Range(0, 12).Select(i => last.AddMonths(-i))
                    .Select(month => MonthRow(month, CaseTotals.Sum(cells.Where(c => c.Month == month).Select(c => c.Cases)), complaints.GetValueOrDefault(month)))],
                ChartColumn: 2),
            new("by-service", "Service by service", $"Each service's requests from {Covered.Text}, with its service standard.",
                ["Service (standard)", "Requests", "Within the service standard", "Satisfied"],
                [.. cells.GroupBy(c => c.ServiceId).Where(g => services.ContainsKey(g.Key))
                    .Select(g => (service: services[g.Key], totals: CaseTotals.Sum(g.Select(c => c.Cases))))
                    .OrderBy(s => s.service.Name)
                    .Select(s => new FigureRow($"{s.service.Name} ({s.service.StandardDescription})", [Figure.Published(s.totals.Received),
                        Figure.PublishedShare(s.totals.WithinStandard, s.totals.Resolved), Figure.PublishedShare(s.totals.Satisfied, s.totals.Answers)]))],
                ChartColumn: 1),
        ];
    }

    static FigureRow MonthRow(DateOnly month, CaseTotals t, long complaints) => new(month.ToString("MMMM yyyy", EnGb),
        [Figure.Published(t.Received), Figure.PublishedShare(t.Online, t.Received), Figure.PublishedShare(t.WithinStandard, t.Resolved),
         Figure.PublishedShare(t.Satisfied, t.Answers), Figure.Published(complaints)]);
}
