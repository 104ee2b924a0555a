using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue;

/// <summary>Browsing by topic: every topic with a live service (<c>/browse</c>), or one topic's services (<c>/browse/{topic}</c>).</summary>
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = FrontDoor.Features.Catalogue.PublicPages.Policy)]
public class TopicsModel(FrontDoorDb db) : PageModel
{
    public List<IGrouping<string, Service>> Topics { get; private set; } = [];
    /// <summary>The topic asked for, when one was.</summary>
    public IGrouping<string, Service>? Topic { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? topic, CancellationToken ct)
    {
        var services = await db.Services.AsNoTracking().Live().ToListAsync(ct);
        Topics = [.. services.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).GroupBy(s => s.Category).OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase)];
        if (topic is null) return Page();
        Topic = Topics.FirstOrDefault(g => CatalogueLinks.TopicSlug(g.Key) == topic);
        return Topic is null ? NotFound() : Page();
    }
}
