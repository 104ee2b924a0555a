using FrontDoor.Data;
using FrontDoor.Features.Cases;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Accounts;

public class MyRequestPageModel(FrontDoorDb db) : ResidentPage(db)
{
    public Case Case { get; private set; } = null!;
    public List<TimelineEvent> Updates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string reference)
    {
        var found = CaseReference.Normalise(reference) is { } normalised ? await CaseProgress.FindAsync(Db, normalised) : null;
        // Someone else's reference gets the same answer as one that does not exist.
        if (found is null || found.Case.CustomerId != Customer.Id) return NotFound();
        (Case, Updates) = found;
        return Page();
    }
}
