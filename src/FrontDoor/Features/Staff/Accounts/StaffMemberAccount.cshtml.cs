using FrontDoor.Shared;
using FrontDoor.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Caching.Memory;

namespace FrontDoor.Features.Staff.Accounts;

/// <summary>An administrator changes someone's role or team, unlocks them, resets their sign-in, or deactivates them.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class StaffMemberAccountModel(FrontDoorDb db, IPasswordHasher<StaffMember> hasher, IMemoryCache cache) : PageModel
{
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Role { get; set; }
    [BindProperty] public string? Team { get; set; }
    public StaffMember Member { get; private set; } = null!;
    public List<Teams.Team> Teams { get; private set; } = [];
    public string? TemporaryPassword { get; private set; }
    public bool IsSelf => Member.Id == StaffUser.From(User)!.Id;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (await db.StaffMembers.FindAsync([(long)(RouteData.Values["id"] is string id ? long.Parse(id) : 0)], HttpContext.RequestAborted) is not { } member)
        {
            context.Result = NotFound();
            return;
        }
        Member = member;
        Teams = await StaffAccountForm.TeamsAsync(db, HttpContext.RequestAborted);
        if (!HttpMethods.IsPost(Request.Method)) (DisplayName, Role, Team) = (member.DisplayName, member.Role.ToString(), Teams.FirstOrDefault(t => t.Id == member.TeamId)?.Name);
        await next();
    }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var (field, error) in StaffAccountForm.Errors(DisplayName, null, Role, Team, Teams, askEmail: false)) ModelState.AddModelError(field, error);
        // An administrator cannot take away their own access: there might be no one left to give it back.
        if (IsSelf && Role != nameof(StaffRole.Administrator)) ModelState.AddModelError("role", "You cannot change your own role");
        if (!ModelState.IsValid) return Page();
        Member.DisplayName = DisplayName!.Trim();
        var (role, team) = (Enum.Parse<StaffRole>(Role!), StaffAccountForm.TeamId(Teams, Team));
        // What they may see has changed: their sessions end, and the next one carries the new role and team.
        if ((role, team) != (Member.Role, Member.TeamId)) StaffSessions.End(Member, cache);
        (Member.Role, Member.TeamId) = (role, team);
        return await SavedAsync($"{Member.DisplayName}'s account saved", ct);
    }

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken ct)
    {
        (Member.LockedOutUntil, Member.FailedSignIns) = (null, 0);
        return await SavedAsync($"{Member.DisplayName} can sign in again", ct);
    }

    /// <summary>For a lost phone with no recovery codes left: they set up an authenticator again at their next sign-in.</summary>
    public async Task<IActionResult> OnPostResetAuthenticatorAsync(CancellationToken ct)
    {
        (Member.TotpSecretProtected, Member.RecoveryCodeHashes, Member.TotpLastStep) = (null, "", 0);
        StaffSessions.End(Member, cache);
        return await SavedAsync($"{Member.DisplayName} will set up an authenticator app when they next sign in", ct);
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken ct)
    {
        TemporaryPassword = StaffAccountForm.TemporaryPassword();
        Member.PasswordHash = hasher.HashPassword(Member, TemporaryPassword);
        (Member.LockedOutUntil, Member.FailedSignIns) = (null, 0);
        StaffSessions.End(Member, cache);
        await db.SaveChangesAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostActiveAsync(bool active, CancellationToken ct)
    {
        if (IsSelf) return BadRequest();
        Member.IsActive = active;
        StaffSessions.End(Member, cache);
        return await SavedAsync(active ? $"{Member.DisplayName} can sign in again" : $"{Member.DisplayName} can no longer sign in", ct);
    }

    async Task<IActionResult> SavedAsync(string message, CancellationToken ct)
    {
        await db.SaveChangesAsync(ct);
        TempData.Done(message);
        return Redirect(StaffLinks.StaffAccounts);
    }
}
