using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Teams;

/// <summary>One team: its name and mailbox to change (its cases stay with it), and who and what belongs to it.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class TeamDetailsModel(FrontDoorDb db, AuditLog audit) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public int Version { get; set; }
    public Team Team { get; private set; } = null!;
    public List<StaffMember> Members { get; private set; } = [];
    public List<Service> Services { get; private set; } = [];
    public int OpenCases { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        (Name, Email, Version) = (Team.Name, Team.Email, Team.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        foreach (var (field, error) in await TeamForm.ErrorsAsync(db, Name, Email, id, ct)) ModelState.AddModelError(field, error);
        if (ModelState.IsValid && Version != Team.Version) ModelState.AddModelError("name", TeamForm.Stale);
        if (!ModelState.IsValid) return Page();

        var (name, email) = (Name!.Trim(), TeamForm.CleanEmail(Email));
        audit.AddChange(HttpContext.Actor(), $"Changed the team {Team.Name}", TeamForm.Changes(Team, name, email));
        (Team.Name, Team.Email) = (name, email);
        try
        {
            if (!await db.TrySaveAsync(Team, Version, ct))
            {
                ModelState.AddModelError("name", TeamForm.Stale);
                return Page();
            }
        }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("name", TeamForm.Taken(name));
            return Page();
        }
        TempData.Done($"{name} saved");
        return Redirect(StaffLinks.Teams);
    }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await db.Teams.SingleOrDefaultAsync(t => t.Id == id, ct) is not { } team) return false;
        Team = team;
        Members = await db.StaffMembers.AsNoTracking().Where(s => s.TeamId == id && s.IsActive)
            .OrderBy(s => s.Role != StaffRole.TeamLeader).ThenBy(s => s.DisplayName).ToListAsync(ct);
        Services = await db.Services.AsNoTracking().Where(s => s.TeamId == id).OrderBy(s => s.Name).ToListAsync(ct);
        OpenCases = await db.Cases.CountAsync(c => c.TeamId == id && c.ResolvedAt == null, ct);
        return true;
    }
}
