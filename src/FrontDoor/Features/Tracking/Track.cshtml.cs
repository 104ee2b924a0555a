using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Tracking;

[EnableRateLimiting(TrackingSetup.RateLimitPolicy)]
public class TrackModel(FrontDoorDb db, TrackingLinks links) : PageModel
{
    /// <summary>Said for a wrong pair whether or not the reference exists, so nothing leaks.</summary>
    public const string NotFoundMessage = "We could not find a request with that reference number and email address. Check both and try again";

    public string? Reference { get; private set; }
    public string? Email { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync([FromForm] string? reference, [FromForm] string? email, CancellationToken ct)
    {
        (Reference, Email) = (reference?.Trim(), email?.Trim());
        if (string.IsNullOrEmpty(Reference)) ModelState.AddModelError("reference", "Enter your reference number");
        if (string.IsNullOrEmpty(Email)) ModelState.AddModelError("email", "Enter your email address");
        if (!ModelState.IsValid) return Page();

        var normalised = CaseReference.Normalise(Reference);
        var emailKey = Customer.NormaliseEmail(Email);
        var found = normalised is not null && await db.Cases.AnyAsync(c => c.Reference == normalised && c.Customer!.EmailNormalised == emailKey, ct);
        if (!found)
        {
            ModelState.AddModelError("reference", NotFoundMessage);
            return Page();
        }
        return Redirect($"/track/{normalised}?token={links.Token(normalised!)}");
    }
}
