using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using FrontDoor.Shared.Council;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Home;

public class IndexModel(FrontDoorDb db, IOptions<CouncilOptions> council) : PageModel
{
    static readonly string[] PopularSlugs = ["missed-bin", "pothole", "fly-tipping", "new-bin", "street-light", "council-tax-move"];

    public string CouncilName => council.Value.Name;
    public List<Service> Popular { get; private set; } = [];
    public bool HasServices { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var services = await db.Services.AsNoTracking().Where(s => PopularSlugs.Contains(s.Slug)).ToListAsync(ct);
        Popular = [.. services.OrderBy(s => Array.IndexOf(PopularSlugs, s.Slug))];
        HasServices = Popular.Count > 0 || await db.Services.AnyAsync(ct);
    }
}
