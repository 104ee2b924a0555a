using FrontDoor.Data;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Teams;

public record TeamRow(long Id, string Name, string? Email, List<string> Leaders, int Services, int Staff);

[Authorize(Policy = StaffSetup.Administrators)]
public class TeamsListModel(FrontDoorDb db) : PageModel
{
    public List<TeamRow> Teams { get; private set; } = [];
    public string? DoneMessage => TempData.Done();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        var services = await db.Services.GroupBy(s => s.TeamId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var staff = await db.StaffMembers.AsNoTracking().Where(s => s.IsActive && s.TeamId != null)
            .Select(s => new { TeamId = s.TeamId!.Value, s.DisplayName, s.Role }).ToListAsync(ct);
        Teams = [.. teams.Select(t => new TeamRow(t.Id, t.Name, t.Email,
            [.. staff.Where(s => s.TeamId == t.Id && s.Role == StaffRole.TeamLeader).Select(s => s.DisplayName).Order()],
            services.GetValueOrDefault(t.Id), staff.Count(s => s.TeamId == t.Id)))];
    }
}
