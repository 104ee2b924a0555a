using FrontDoor.Data;
using FrontDoor.Features.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Accounts;

public class MyRequestPageModel(FrontDoorDb db) : ResidentPage(db)
{
    public Case Case { get; private set; } = null!;
    public List<TimelineEvent> Updates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string reference, CancellationToken ct)
    {
        var normalised = CaseReference.Normalise(reference);
        // Someone else's reference gets the same answer as one that does not exist.
        var found = await Db.Cases.AsNoTracking().Include(c => c.Service)
            .SingleOrDefaultAsync(c => c.Reference == normalised && c.CustomerId == Customer.Id, ct);
        if (found is null) return NotFound();
        Case = found;
        Updates = await TimelineEvents.PublicAsync(Db, found.Id, ct);
        return Page();
    }
}
