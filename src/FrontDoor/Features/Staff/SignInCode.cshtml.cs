using FrontDoor.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Features.Staff;

/// <summary>The second sign-in step: only reachable with a correct password in the last few minutes.</summary>
[Authorize(AuthenticationSchemes = StaffSetup.PasswordOnlyScheme)]
[EnableRateLimiting(StaffSetup.SignInRateLimit)]
public class SignInCodeModel(FrontDoorDb db, StaffSignIn signIn, StaffDevices devices) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var staff = await db.StaffMembers.FindAsync([StaffUser.From(User)!.Id], ct);
        if (staff is not { IsActive: true } || staff.TotpSecretProtected is null) return Redirect(StaffLinks.SignIn);
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError("code", "Enter the code from your authenticator app");
            return Page();
        }
        switch (await signIn.CheckSecondFactorAsync(staff, Code, devices.IsKnown(HttpContext, staff.Id), ct))
        {
            case SignInOutcome.LockedOut:
                await HttpContext.SignOutAsync(StaffSetup.PasswordOnlyScheme);
                ModelState.AddModelError("code", SignInMessages.LockedOut);
                return Page();
            case SignInOutcome.Failed:
                ModelState.AddModelError("code", "The code is not correct or has expired. Enter the latest code from your authenticator app");
                return Page();
        }
        devices.Remember(HttpContext, staff.Id);
        return await CompleteAsync(HttpContext, staff, SignInMessages.SafeReturnUrl(Url, ReturnUrl));
    }

    /// <param name="returnUrl">Already checked with <see cref="SignInMessages.SafeReturnUrl"/>.</param>
    public static async Task<IActionResult> CompleteAsync(HttpContext http, StaffMember staff, string? returnUrl)
    {
        await http.SignOutAsync(StaffSetup.PasswordOnlyScheme);
        await http.SignInAsync(StaffSetup.Scheme, StaffUser.Principal(staff, StaffSetup.Scheme));
        return new RedirectResult(returnUrl ?? StaffLinks.Home);
    }
}
