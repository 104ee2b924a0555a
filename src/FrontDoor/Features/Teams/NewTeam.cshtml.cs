using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Teams;

[Authorize(Policy = StaffSetup.Administrators)]
public class NewTeamModel(FrontDoorDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Email { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var (field, error) in await TeamForm.ErrorsAsync(db, Name, Email, null, ct)) ModelState.AddModelError(field, error);
        if (!ModelState.IsValid) return Page();

        var team = new Team { Name = Name!.Trim(), Email = TeamForm.CleanEmail(Email), CreatedAt = clock.GetUtcNow().UtcDateTime };
        db.Teams.Add(team);
        audit.AddChange(HttpContext.Actor(), $"Added the team {team.Name}", TeamForm.Changes(null, team.Name, team.Email));
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Someone added a team of this name a moment ago: the unique index stops the second.
            ModelState.AddModelError("name", TeamForm.Taken(team.Name));
            return Page();
        }
        TempData.Done($"{team.Name} added");
        return Redirect(StaffLinks.Teams);
    }
}
