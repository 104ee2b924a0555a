using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Gazetteer;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Requests;

/// <summary>The location step: a postcode first, then the address from the gazetteer (or a description instead).</summary>
public class LocationModel(FrontDoorDb db, DraftStore drafts, Catalogue.ServicesByCode services) : JourneyPage(db, drafts, services)
{
    public Question Question => Service.Form.Questions.First(q => q.Type == QuestionType.Location);
    public string? Postcode { get; private set; }

    public IActionResult OnGet()
    {
        if (!Service.Form.Questions.Any(q => q.Type == QuestionType.Location)) return NotFound();
        Postcode = Draft.Postcode;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? postcode, CancellationToken ct)
    {
        if (!Service.Form.Questions.Any(q => q.Type == QuestionType.Location)) return NotFound();
        Postcode = postcode?.Trim();
        var cleaned = (Postcode ?? "").ToUpperInvariant();
        if (cleaned.Length == 0) ModelState.AddModelError("postcode", "Enter a postcode");
        else if (cleaned.Length > 10 || !Property.IsPostcode(cleaned)) ModelState.AddModelError("postcode", "Enter a real postcode, like FD1 1AA");
        else if (!await Db.Properties.AnyAsync(p => p.PostcodeKey == Property.PostcodeKeyOf(cleaned), ct))
            ModelState.AddModelError("postcode", "We could not find any addresses for that postcode in our area. Check it, or describe where the problem is instead");
        if (!ModelState.IsValid) return Page();

        Draft.Postcode = cleaned;
        await Drafts.SaveAsync(Draft, ct);
        return Redirect($"/services/{Service.Slug}/location/address" + (Changing ? "?change=true" : ""));
    }
}
