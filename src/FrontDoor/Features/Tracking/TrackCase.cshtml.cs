using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Shared.Council;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Tracking;

/// <summary>A request's public progress, reached only with a valid signed link.</summary>
public class TrackCaseModel(FrontDoorDb db, TrackingLinks links, IOptions<CouncilOptions> council) : PageModel
{
    public Case? Case { get; private set; }
    public List<TimelineEvent> Updates { get; private set; } = [];
    public string CouncilPhone => council.Value.Phone;

    public async Task<IActionResult> OnGetAsync(string reference, [FromQuery] string? token)
    {
        // A bad link gets the same answer as a missing case: the link is not valid, and the form still works.
        var found = links.Verified(reference, token) is not { } verified ? null : await CaseProgress.FindAsync(db, verified);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }
        (Case, Updates) = found;
        return Page();
    }

}
