using FrontDoor.Data;
using FrontDoor.Features.Requests;
using FrontDoor.Shared.Council;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Catalogue;

public class StartModel(FrontDoorDb db, DraftStore drafts, IOptions<CouncilOptions> council) : PageModel
{
    public Service Service { get; private set; } = null!;
    public string CouncilPhone => council.Value.Phone;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (service is null) return NotFound();
        Service = service;
        return Page();
    }

    /// <summary>Starting afresh gives a new, empty draft.</summary>
    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (service is null) return NotFound();
        await drafts.StartAsync(HttpContext, service, ct);
        return Redirect(JourneySteps.First(service));
    }
}
