using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue;

public class SearchModel(FrontDoorDb db) : PageModel
{
    [FromQuery] public string? Q { get; set; }
    public IReadOnlyList<Service> Results { get; private set; } = [];
    public bool HasServices { get; private set; } = true;

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Q is { Length: > 100 }) Q = Q[..100];
        if (string.IsNullOrWhiteSpace(Q)) return;
        var services = await db.Services.AsNoTracking().Live().ToListAsync(ct);
        HasServices = services.Count > 0;
        Results = ServiceSearch.Rank(services, Q);
    }
}
