using System.Security.Claims;
using FrontDoor.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Accounts;

public class SignOutModel(FrontDoorDb db) : PageModel
{
    public IActionResult OnGet() => Redirect(AccountLinks.Home);

    /// <summary>Ends the session on the server too: the record the session began with gets a new stamp, so a copy of the cookie is worthless.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (long.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) && await db.Customers.FindAsync([id], ct) is { } customer
            && customer.SecurityStamp == User.FindFirstValue(ResidentPage.StampClaim))
        {
            customer.SecurityStamp = Guid.NewGuid().ToString("N");
            await db.SaveChangesAsync(ct);
        }
        await HttpContext.SignOutAsync(AccountsSetup.Scheme);
        return Redirect(AccountLinks.SignedOut);
    }
}
