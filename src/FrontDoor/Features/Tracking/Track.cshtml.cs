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
    public const string NotFoundMessage = "We could not find a request with that reference number and email address or phone number. Check both and try again";

    public string? Reference { get; private set; }
    public string? Contact { get; private set; }

    public void OnGet() { }

    /// <param name="contact">The email address or phone number given with the request: people without email track by phone.</param>
    public async Task<IActionResult> OnPostAsync([FromForm] string? reference, [FromForm] string? contact, CancellationToken ct)
    {
        (Reference, Contact) = (reference?.Trim(), contact?.Trim());
        if (string.IsNullOrEmpty(Reference)) ModelState.AddModelError("reference", "Enter your reference number");
        if (string.IsNullOrEmpty(Contact)) ModelState.AddModelError("contact", "Enter the email address or phone number you gave us");
        if (!ModelState.IsValid) return Page();

        var normalised = CaseReference.Normalise(Reference);
        var (kind, key) = Contact!.Contains('@')
            ? (ContactPointKind.Email, Customer.NormaliseEmail(Contact))
            : (ContactPointKind.Phone, Customer.NormalisePhone(Contact));
        var found = normalised is not null && key is not null && await db.Cases.AnyAsync(c => c.Reference == normalised
            && c.Customer!.ContactPoints.Any(p => p.Kind == kind && p.Key == key), ct);
        if (!found)
        {
            ModelState.AddModelError("reference", NotFoundMessage);
            return Page();
        }
        return Redirect($"/track/{normalised}?token={links.Token(normalised!)}");
    }
}
