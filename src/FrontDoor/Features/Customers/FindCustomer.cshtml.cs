using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Customers;

[Authorize(Policy = StaffSetup.CaseWorkers)]
public class FindCustomerModel(CustomerSearch search, AuditLog audit) : PageModel
{
    [FromQuery] public string? Q { get; set; }
    public List<Customer>? Results { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (Q is null) return;
        Results = await search.FindAsync(Q, ct);
        if (Q.Trim().Length < 2) ModelState.AddModelError("q", "Enter at least 2 characters of a name, or an email, phone, postcode or case reference");
        else if (Results.Count == 0) ModelState.AddModelError("q", "No customers match. Check the spelling, or search by postcode, email or phone");
        // Who looked for whom: the search itself reads personal data. The terms are not kept, only that it happened.
        else await audit.RecordReadAsync(HttpContext.Actor(), $"Searched customers ({Results.Count} found)", null, null, ct);
    }
}
