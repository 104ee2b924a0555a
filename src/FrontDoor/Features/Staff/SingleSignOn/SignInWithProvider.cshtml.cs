using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Staff.SingleSignOn;

/// <summary>Sends the member of staff to the council's identity provider (the button on the sign-in page posts here).</summary>
[AllowAnonymous]
[EnableRateLimiting(StaffSetup.SignInRateLimit)]
public class SignInWithProviderModel(IOptions<SingleSignOnOptions> options) : PageModel
{
    [BindProperty] public string? ReturnUrl { get; set; }

    public IActionResult OnGet() => Redirect(StaffLinks.SignIn);

    public IActionResult OnPost()
    {
        if (!options.Value.IsConfigured) return NotFound();
        var back = SignInMessages.SafeReturnUrl(Url, ReturnUrl);
        return Challenge(new AuthenticationProperties { RedirectUri = StaffLinks.SignInWithProviderDone(back) }, SingleSignOnSetup.ProviderScheme);
    }
}
