using FrontDoor.Features.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Features.Callbacks;

/// <summary>A resident asks us to call them back in a window of their choosing, rather than wait in the phone queue.</summary>
[EnableRateLimiting(CallbacksSetup.RateLimitPolicy)]
public class RequestCallbackModel(CallbackBooking booking) : CallbackFormModel(booking)
{
    public Task OnGetAsync(CancellationToken ct) => LoadWindowsAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await BookAsync(Channel.Web, null, null, ct) is not { } booked) return Page();
        TempData[CallbackBookedModel.IdKey] = booked.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Redirect(CallbackLinks.Booked);
    }
}
