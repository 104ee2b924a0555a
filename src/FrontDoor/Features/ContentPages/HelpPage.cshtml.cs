using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.ContentPages;

/// <summary>One of the council's standard pages, in its own words, or FrontDoor's first text until it has written them.</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = FrontDoor.Features.Catalogue.PublicPages.Policy)]
public class HelpPageModel(FrontDoorDb db) : PageModel
{
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";
    public DateTime? UpdatedAt { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        if (StandardPages.Find(slug) is not { } standard) return NotFound();
        // The performance introduction is read above the published figures.
        if (slug == StandardPages.Performance) return RedirectPermanent(ContentLinks.PublicPerformance);
        var own = await db.ContentPages.AsNoTracking().SingleOrDefaultAsync(p => p.Slug == slug, ct);
        (Title, Body, UpdatedAt) = (own?.Title ?? standard.Title, own?.Body ?? standard.FirstText, own?.UpdatedAt);
        return Page();
    }
}
