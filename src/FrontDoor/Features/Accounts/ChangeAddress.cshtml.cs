using FrontDoor.Data;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Gazetteer;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Accounts;

public class ChangeAddressModel(FrontDoorDb db, AddressSearch search, TellUsOnce tellUsOnce) : ResidentPage(db)
{
    public string? Query { get; private set; }
    public List<Property> Addresses { get; private set; } = [];

    public async Task OnGetAsync([FromQuery] string? query, CancellationToken ct)
    {
        Query = query?.Trim();
        if (Query is null) return;
        Addresses = await search.FindAsync(Query, ct);
        if (Query.Length == 0) ModelState.AddModelError("query", "Enter a postcode or the first line of your address");
        else if (Addresses.Count == 0) ModelState.AddModelError("query", "We could not find that address. Check it and try again, or call us to update your address");
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? query, [FromForm] long? uprn, CancellationToken ct)
    {
        Query = query?.Trim();
        Addresses = await search.FindAsync(Query, ct);
        var chosen = Addresses.FirstOrDefault(a => a.Uprn == uprn);
        if (chosen is null)
        {
            ModelState.AddModelError("uprn", "Select your address");
            return Page();
        }
        (Customer.Uprn, Customer.Address, Customer.PostcodeKey) = (chosen.Uprn, null, chosen.PostcodeKey);
        await tellUsOnce.RecordAsync(Customer, Actor, ["address"], "through their account", ct);
        await Db.SaveChangesAsync(ct);
        return Done("Your address has been changed");
    }
}
