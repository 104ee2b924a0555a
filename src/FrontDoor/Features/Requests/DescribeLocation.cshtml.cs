using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Requests;

public class DescribeLocationModel(FrontDoorDb db, DraftStore drafts, Catalogue.ServicesByCode services) : JourneyPage(db, drafts, services)
{
    public string? Description { get; private set; }

    public Question? LocationQuestion => Service.Form.Questions.FirstOrDefault(q => q.Type == QuestionType.Location);

    public IActionResult OnGet()
    {
        if (LocationQuestion is null) return NotFound();
        Description = Draft.LocationDescription;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? description, CancellationToken ct)
    {
        if (LocationQuestion is not { } question) return NotFound();
        Description = description?.Trim();
        var error = string.IsNullOrEmpty(Description) ? "Describe where it is"
            : RequestIntake.LocationError(question, new LocationInput(Description: Description));
        if (error is not null)
        {
            ModelState.AddModelError("description", error);
            return Page();
        }
        Draft.LocationDescription = Description;
        Draft.Uprn = null;
        await Drafts.SaveAsync(Draft, ct);
        return Redirect(Next(question));
    }
}
