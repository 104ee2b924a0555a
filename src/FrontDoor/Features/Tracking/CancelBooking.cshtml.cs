using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Slots;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Tracking;

/// <summary>
/// The customer cancels a booked collection or visit from the request's tracking link, until it begins: the request is
/// cancelled through the workflow, which gives the date back and tells them.
/// </summary>
[EnableRateLimiting(TrackingSetup.RepliesRateLimitPolicy)]
public class CancelBookingModel(FrontDoorDb db, TrackingLinks links, CaseWorkflow workflow, TimeProvider clock) : PageModel
{
    public Case Case { get; private set; } = null!;
    public SlotSpan? Booked { get; private set; }
    public string TrackingPath => TrackingLinks.Path(Case.Reference, links.Token(Case.Reference));

    /// <summary>Whether the customer may still cancel the request's booking: it is open, holds its place, and has not begun.</summary>
    public static bool CanCancel(Case c, DateTime now) =>
        c.IsOpen && c.BookedSlotId is not null && SlotTimes.Booked(c.Service.Form, c.Answers) is var (_, span) && span.Start > now;

    async Task<bool> LoadAsync(string reference, string? token, CancellationToken ct)
    {
        if (links.Verified(reference, token) is not { } verified
            || await db.Cases.ForWorkflow().SingleOrDefaultAsync(c => c.Reference == verified, ct) is not { } found) return false;
        (Case, Booked) = (found, SlotTimes.Booked(found.Service.Form, found.Answers)?.Span);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(string reference, [FromQuery] string? token, CancellationToken ct) =>
        await LoadAsync(reference, token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string reference, [FromQuery] string? token, CancellationToken ct)
    {
        if (!await LoadAsync(reference, token, ct)) return NotFound();
        // Cancelled, done or begun while the page was open: the page says so, and nothing changes.
        if (!CanCancel(Case, clock.GetUtcNow().UtcDateTime)) return Page();
        var result = await workflow.ChangeStatusAsync(Case, Case.Version, new Actor(ActorKind.Resident, Case.CustomerId ?? 0, "Customer"), CaseStatus.Cancelled,
            $"You cancelled your booking for {SlotTimes.Text(Booked!.Value)} online. If you still need us, you can book again.", Request.SiteBase(), ct);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "Your request was updated while you had this page open. Check the latest, then try again");
            return Page();
        }
        TempData.Done($"Your booking for {SlotTimes.Text(Booked!.Value)} is cancelled");
        return Redirect(TrackingPath);
    }
}
