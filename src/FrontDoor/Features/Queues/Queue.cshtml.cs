using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Queues;

[Authorize(Policy = StaffSetup.CaseWorkers)]
public class QueueModel(FrontDoorDb db, QueueQuery query, ServiceClock serviceClock) : PageModel
{
    [FromQuery] public string? Team { get; set; }
    [FromQuery] public string? View { get; set; }
    [FromQuery] public int? Service { get; set; }
    [FromQuery] public CaseStatus? Status { get; set; }
    [FromQuery] public string? Ward { get; set; }
    [FromQuery] public Channel? Channel { get; set; }
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    public int CurrentPage => Math.Clamp(PageNumber, 1, QueueQuery.MaxPage);

    public QueueView CurrentView { get; private set; }
    public List<string> Teams { get; private set; } = [];
    public List<(int Id, string Name)> Services { get; private set; } = [];
    public List<string> Wards { get; private set; } = [];
    public List<QueueRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public bool OverCap => Total > QueueQuery.Cap;
    public int Pages => Math.Clamp((Total + QueueQuery.PageSize - 1) / QueueQuery.PageSize, 1, QueueQuery.MaxPage);
    public ServiceClock Clock => serviceClock;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var staff = StaffUser.From(User)!;
        var allTeams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(ct);
        var visible = allTeams.Where(t => staff.CanSeeTeam(t.Id)).ToList();
        Teams = [.. visible.Select(t => t.Name)];
        // Queues are addressed by the team's name, which people read in the link; a team's own members start on theirs.
        var team = Team is null ? visible.FirstOrDefault(t => t.Id == staff.TeamId) ?? visible.FirstOrDefault() : allTeams.FirstOrDefault(t => t.Name == Team);
        if (team is null) return NotFound();
        if (!staff.CanSeeTeam(team.Id)) return Forbid();
        Team = team.Name;

        CurrentView = QueueViews.Parse(View);
        Services = (await db.Services.AsNoTracking().Where(s => s.TeamId == team.Id).OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name)).ToList();
        Wards = await db.Properties.AsNoTracking().Select(p => p.Ward).Distinct().OrderBy(w => w).ToListAsync(ct);
        (Rows, Total) = await query.RunAsync(new QueueFilter(team.Id, CurrentView, Service, Status, Ward, Channel, PageNumber), staff.Id, ct);
        return Page();
    }

    /// <summary>This queue's address with one setting changed, keeping the others.</summary>
    public string Link(string? view = null, int? page = null)
    {
        var q = new Dictionary<string, string?>
        {
            ["team"] = Team, ["view"] = view ?? QueueViews.Slug(CurrentView), ["service"] = Service?.ToString(),
            ["status"] = Status?.ToString(), ["ward"] = Ward, ["channel"] = Channel?.ToString(),
            ["page"] = page is > 1 ? page.ToString() : null,
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(StaffLinks.Queue, q.Where(p => !string.IsNullOrEmpty(p.Value)));
    }
}
