using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using FrontDoor.Shared.Council;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Home;

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = FrontDoor.Features.Catalogue.PublicPages.Policy)]
public class IndexModel(FrontDoorDb db, IOptions<CouncilOptions> council) : PageModel
{
    public string CouncilName => council.Value.Name;
    public List<Service> Popular { get; private set; } = [];
    public bool HasServices { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Popular = await db.Services.AsNoTracking().Live().Where(s => s.Featured).OrderBy(s => s.Name).ToListAsync(ct);
        HasServices = Popular.Count > 0 || await db.Services.Live().AnyAsync(ct);
    }
}
