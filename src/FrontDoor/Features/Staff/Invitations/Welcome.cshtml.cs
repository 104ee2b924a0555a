using FrontDoor.Data;
using FrontDoor.Features.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Features.Staff.Invitations;

/// <summary>
/// Where a one-time link lands: the person chooses their password, which spends the link, and goes on to set up
/// their authenticator exactly as at a first sign-in.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(StaffSetup.SignInRateLimit)]
public class WelcomeModel(FrontDoorDb db, StaffInvitations invitations, IPasswordHasher<StaffMember> hasher, AuditLog audit) : PageModel
{
    public const int MinimumLength = 12, MaximumLength = 128;

    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    public StaffMember? Member { get; private set; }

    public async Task OnGetAsync(string token, CancellationToken ct) => await FindAsync(token, ct);

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (await FindAsync(token, ct) is not { } member) return Page();
        foreach (var (field, error) in Errors(Password, ConfirmPassword, member.Email)) ModelState.AddModelError(field, error);
        if (!ModelState.IsValid) return Page();

        member.PasswordHash = hasher.HashPassword(member, Password!);
        member.FailedSignIns = 0;
        member.LockedOutUntil = null;
        member.EndSessions();
        audit.Add(new Actor(ActorKind.Staff, member.Id, member.DisplayName, HttpContext.Connection.RemoteIpAddress?.ToString()),
            "Chose their password from a one-time link", null, null);
        await db.SaveChangesAsync(ct);
        await HttpContext.SignInAsync(StaffSetup.PasswordOnlyScheme, StaffUser.Principal(member, StaffSetup.PasswordOnlyScheme));
        return Redirect(member.TotpSecretProtected is null ? StaffLinks.SetUpAuthenticator : StaffLinks.SignInCode);
    }

    async Task<StaffMember?> FindAsync(string token, CancellationToken ct)
    {
        Member = await invitations.FindAsync(db, token, ct);
        if (Member is null) Response.StatusCode = StatusCodes.Status404NotFound;
        return Member;
    }

    /// <summary>Length over complexity rules, as the NCSC advises: three random words make a good one.</summary>
    public static IEnumerable<(string Field, string Error)> Errors(string? password, string? confirm, string email)
    {
        if (string.IsNullOrEmpty(password)) yield return ("password", "Enter a password");
        else if (password.Length < MinimumLength) yield return ("password", $"Password must be {MinimumLength} characters or more");
        else if (password.Length > MaximumLength) yield return ("password", $"Password must be {MaximumLength} characters or less");
        else if (password.Contains(email.Split('@')[0], StringComparison.OrdinalIgnoreCase))
            yield return ("password", "Password must not include your email address");
        else if (password != confirm) yield return ("confirmPassword", "Enter the same password twice");
    }
}
