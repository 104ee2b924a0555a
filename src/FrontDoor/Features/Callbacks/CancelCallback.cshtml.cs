using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Callbacks;

/// <summary>The customer calls off a call back from the link in its confirmation, until its window ends.</summary>
[EnableRateLimiting(CallbacksSetup.RateLimitPolicy)]
public class CancelCallbackModel(FrontDoorDb db, CallbackLinks links, CallbackBooking booking) : PageModel
{
    public Callback Callback { get; private set; } = null!;
    public bool CanCancel => booking.CanCancel(Callback);
    /// <summary>Just cancelled by this page's button.</summary>
    public bool Cancelled { get; private set; }

    async Task<bool> LoadAsync(long id, string? token, CancellationToken ct)
    {
        if (!links.IsValid(id, token) || await db.Callbacks.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } found) return false;
        Callback = found;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(long id, [FromQuery] string? token, CancellationToken ct) =>
        await LoadAsync(id, token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, [FromQuery] string? token, CancellationToken ct)
    {
        if (!await LoadAsync(id, token, ct)) return NotFound();
        Cancelled = await booking.CancelAsync(Callback, ct);
        return Page();
    }
}
