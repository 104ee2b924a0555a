using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Gazetteer;

[Authorize(Policy = StaffSetup.CaseWorkers)]
public class FindPropertyModel(AddressSearch search) : PageModel
{
    [FromQuery] public string? Q { get; set; }
    public List<Property>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Q is null) return;
        Results = await search.FindAsync(Q, ct);
        if (Results.Count == 0) ModelState.AddModelError("q", "No addresses match. Enter a postcode, or a house number and street, like 12 Oak Road");
    }
}
