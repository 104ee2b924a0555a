using FrontDoor.Data;
using FrontDoor.Features.Requests;
using FrontDoor.Shared.Council;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Catalogue;

/// <summary>
/// A service's start page. A draft is not there yet (404); a retired service says what to do instead (410), so an
/// old link or bookmark still helps; a link to another website sends people on from its start button.
/// </summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = FrontDoor.Features.Catalogue.PublicPages.Policy)]
[FrontDoor.Shared.TokenOrSameOrigin]
public class StartModel(FrontDoorDb db, DraftStore drafts, IOptions<CouncilOptions> council) : PageModel
{
    public Service Service { get; private set; } = null!;
    public string CouncilPhone => council.Value.Phone;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (await FindAsync(slug, ct) is not { } service) return NotFound();
        Service = service;
        if (service.Status == ServiceStatus.Retired) Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }

    /// <summary>Starting afresh gives a new, empty draft.</summary>
    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (await FindAsync(slug, ct) is not { } service) return NotFound();
        if (!service.TakesRequests) return Redirect(CatalogueLinks.Start(service));
        await drafts.StartAsync(HttpContext, service, ct);
        return Redirect(JourneySteps.First(service));
    }

    Task<Service?> FindAsync(string slug, CancellationToken ct) =>
        db.Services.AsNoTracking().Where(s => s.Status != ServiceStatus.Draft).SingleOrDefaultAsync(s => s.Slug == slug, ct);
}
