using FrontDoor.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Staff.Accounts;

public record StaffAccountFields(string? DisplayName, string? Email, string? Role, string? Team, List<Teams.Team> Teams, bool AskEmail);

[Authorize(Policy = StaffSetup.Administrators)]
public class NewStaffMemberModel(FrontDoorDb db, IPasswordHasher<StaffMember> hasher, TimeProvider clock) : PageModel
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Team { get; set; }
    public List<Teams.Team> Teams { get; private set; } = [];
    /// <summary>Shown once, on the page that answers the POST; never stored or sent anywhere.</summary>
    public string? TemporaryPassword { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Teams = await StaffAccountForm.TeamsAsync(db, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Teams = await StaffAccountForm.TeamsAsync(db, ct);
        foreach (var (field, error) in StaffAccountForm.Errors(DisplayName, Email, Role, Team, Teams, askEmail: true)) ModelState.AddModelError(field, error);
        var email = StaffMember.Normalise(Email ?? "");
        if (ModelState.IsValid && await db.StaffMembers.AnyAsync(s => s.EmailNormalised == email, ct))
            ModelState.AddModelError("email", "There is already an account with this email address");
        if (!ModelState.IsValid) return Page();

        var staff = new StaffMember
        {
            Email = Email!.Trim(), EmailNormalised = email, DisplayName = DisplayName!.Trim(), Role = Enum.Parse<StaffRole>(Role!),
            TeamId = StaffAccountForm.TeamId(Teams, Team), PasswordHash = "", CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        TemporaryPassword = StaffAccountForm.TemporaryPassword();
        staff.PasswordHash = hasher.HashPassword(staff, TemporaryPassword);
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync(ct);
        return Page();
    }
}
