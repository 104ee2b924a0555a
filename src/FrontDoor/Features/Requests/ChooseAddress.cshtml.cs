using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Gazetteer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Requests;

public class ChooseAddressModel(FrontDoorDb db, DraftStore drafts, Catalogue.ServicesByCode services) : JourneyPage(db, drafts, services)
{
    public Question Question => Service.Form.Questions.First(q => q.Type == QuestionType.Location);

    public List<Property> Addresses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Draft.Postcode is null) return Redirect($"/services/{Service.Slug}/location");
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? uprn, CancellationToken ct)
    {
        if (Draft.Postcode is null) return Redirect($"/services/{Service.Slug}/location");
        await LoadAsync(ct);
        var chosen = long.TryParse(uprn, out var id) ? Addresses.FirstOrDefault(a => a.Uprn == id) : null;
        if (chosen is null)
        {
            ModelState.AddModelError("uprn", "Select the address");
            return Page();
        }
        Draft.Uprn = chosen.Uprn;
        Draft.LocationDescription = null;
        await Drafts.SaveAsync(Draft, ct);
        return Redirect(Next(Question));
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var key = Property.PostcodeKeyOf(Draft.Postcode!);
        Addresses = await Db.Properties.AsNoTracking().Where(p => p.PostcodeKey == key).OrderBy(p => p.Uprn).Take(100).ToListAsync(ct);
    }
}
