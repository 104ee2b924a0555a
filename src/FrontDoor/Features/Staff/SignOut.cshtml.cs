using FrontDoor.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Staff;

/// <summary>Signing out is a POST (with its anti-forgery token), so a link elsewhere cannot sign someone out.</summary>
[AllowAnonymous]
public class SignOutModel(FrontDoorDb db, IMemoryCache cache) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Redirect(StaffLinks.Home) : Page();

    /// <summary>Ends the session on the server too, so a copy of the cookie is worthless.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (StaffUser.From(User) is { } signedIn && await db.StaffMembers.FindAsync([signedIn.Id], ct) is { } staff)
        {
            StaffSessions.End(staff, cache);
            await db.SaveChangesAsync(ct);
        }
        await HttpContext.SignOutAsync(StaffSetup.Scheme);
        return Page();
    }
}
