using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Callbacks;

/// <summary>The confirmation, once, straight after booking: the time and the number we will call.</summary>
public class CallbackBookedModel(FrontDoorDb db) : PageModel
{
    public const string IdKey = "callback-booked";
    public Callback Callback { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Only from the booking's redirect: the id is in the signed, one-read TempData cookie, never in the address.
        if (TempData[IdKey] is not string kept || !long.TryParse(kept, out var id) || await db.Callbacks.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } found)
            return Redirect(CallbackLinks.New);
        Callback = found;
        return Page();
    }
}
