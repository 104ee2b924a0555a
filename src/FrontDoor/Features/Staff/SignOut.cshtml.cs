using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Staff;

/// <summary>Signing out is a POST (with its anti-forgery token), so a link elsewhere cannot sign someone out.</summary>
[AllowAnonymous]
public class SignOutModel : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect("/staff") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(StaffAccessSetup.Scheme);
        return Page();
    }
}
