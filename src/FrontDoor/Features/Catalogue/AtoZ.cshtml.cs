using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue;

public class AtoZModel(FrontDoorDb db) : PageModel
{
    public List<IGrouping<char, Service>> ByLetter { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var services = await db.Services.AsNoTracking().ToListAsync(ct);
        ByLetter = [.. services.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).GroupBy(s => s.AzLetter)];
    }
}
