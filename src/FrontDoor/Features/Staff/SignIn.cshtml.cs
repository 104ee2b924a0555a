using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using FrontDoor.Features.Staff.SingleSignOn;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Staff;

[AllowAnonymous]
[EnableRateLimiting(StaffSetup.SignInRateLimit)]
public class SignInModel(StaffSignIn signIn, StaffDevices devices, IOptions<SingleSignOnOptions> sso) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public SingleSignOnOptions SingleSignOn => sso.Value;

    public void OnGet(string? problem)
    {
        if (SignInProblems.FromCode(problem) is { } p && SingleSignOn.IsConfigured)
            ModelState.AddModelError("sso", SignInProblems.Message(p, SingleSignOn.DisplayName));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Email)) ModelState.AddModelError("email", "Enter your email address");
        if (string.IsNullOrEmpty(Password)) ModelState.AddModelError("password", "Enter your password");
        if (!ModelState.IsValid) return Page();
        // With single sign-on required, a password opens nothing but the break-glass accounts; the words are the same for
        // every other address, so they say nothing about who has an account.
        if (!SingleSignOn.MayUsePassword(Email!))
        {
            ModelState.AddModelError("sso", $"Sign in with {SingleSignOn.DisplayName}");
            return Page();
        }

        var (outcome, staff) = await signIn.CheckPasswordAsync(Email!, Password!, id => devices.IsKnown(HttpContext, id), ct);
        if (outcome != SignInOutcome.Succeeded)
        {
            // The same words whether the email, the password or a lock-out stopped it: say nothing about who has an
            // account or whose is locked. The page says how lock-outs work.
            ModelState.AddModelError("email", "Enter a correct email address and password");
            return Page();
        }
        await HttpContext.SignInAsync(StaffSetup.PasswordOnlyScheme, StaffUser.Principal(staff!, StaffSetup.PasswordOnlyScheme));
        var next = staff!.TotpSecretProtected is null ? StaffLinks.SetUpAuthenticator : StaffLinks.SignInCode;
        return Redirect(next + (SignInMessages.SafeReturnUrl(Url, ReturnUrl) is string back ? "?returnUrl=" + Uri.EscapeDataString(back) : ""));
    }
}

static class SignInMessages
{
    public const string LockedOut = "You have tried to sign in too many times. Wait 15 minutes, then try again";

    /// <summary>
    /// Where to go after sign-in: only a path on this site, by the framework's own rule (no "//", "/\" or control
    /// characters), so a crafted link cannot send someone elsewhere; anything outside ASCII percent-encoded, so it
    /// can go in a Location header. Null for anything else.
    /// </summary>
    public static string? SafeReturnUrl(IUrlHelper url, string? returnUrl)
    {
        if (!url.IsLocalUrl(returnUrl) || returnUrl.StartsWith('~')) return null;
        var safe = new System.Text.StringBuilder();
        foreach (var rune in returnUrl.EnumerateRunes())
            safe.Append(rune.Value < 128 ? rune.ToString() : Uri.EscapeDataString(rune.ToString()));
        return safe.ToString();
    }
}
