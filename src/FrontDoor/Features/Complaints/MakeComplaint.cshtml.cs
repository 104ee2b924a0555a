using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Requests;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Complaints;

/// <summary>
/// A complaint or a compliment, about a service or (from a request's tracking page) one request. It goes to the team of the
/// service, through the same intake as every request; a complaint starts its stage 1 clock.
/// </summary>
[EnableRateLimiting(ComplaintsSetup.RateLimitPolicy)]
public class MakeComplaintModel(FrontDoorDb db, RequestIntake intake, ComplaintWorkflow complaints, ComplaintLinks links) : PageModel
{
    public const string Complaint = "complaint", Compliment = "compliment";
    public static readonly string[] FieldOrder = ["kind", "service", "details", "putRight", "fullName", "email", "phone"];

    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? About { get; set; }
    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? Details { get; set; }
    [BindProperty] public string? PutRight { get; set; }
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    public List<Service> Services { get; private set; } = [];
    /// <summary>The request the complaint is about, when it came from that request's page.</summary>
    public Case? AboutCase { get; private set; }

    async Task LoadAsync(CancellationToken ct)
    {
        Services = await db.Services.AsNoTracking().Live().OrderBy(s => s.Name).ToListAsync(ct);
        if (links.ReferenceIn(About) is { } reference)
            AboutCase = await db.Cases.AsNoTracking().Include(c => c.Service).SingleOrDefaultAsync(c => c.Reference == reference, ct);
        if (AboutCase is not null) Service = AboutCase.Service.Slug;
    }

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        if (Kind is not (Complaint or Compliment)) ModelState.AddModelError("kind", "Select whether you want to make a complaint or pay a compliment");
        var service = AboutCase?.Service ?? Services.FirstOrDefault(s => s.Slug == Service);
        if (service is null) ModelState.AddModelError("service", "Select the service it is about");
        if (Kind == Complaint && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone))
            ModelState.AddModelError("email", "Enter an email address or a phone number, so we can send you our response");
        if (!ModelState.IsValid) return Page();

        var kind = Kind == Complaint ? ComplaintForms.ComplaintAbout(AboutCase?.Id) : ComplaintForms.ComplimentAbout(AboutCase?.Id);
        var answers = Kind == Complaint
            ? new Dictionary<string, List<string>> { ["complaint"] = Answer(Details), ["put_right"] = Answer(PutRight) }
            : new Dictionary<string, List<string>> { ["compliment"] = Answer(Details) };
        var result = await intake.SubmitAsync(new IntakeRequest(service!, answers, null, null, new ContactInput(FullName, Email, Phone), Channel.Web,
            Request.SiteBase(), Other: kind), ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                ModelState.AddModelError(error.Field == IntakeField.Answer ? (error.QuestionId == "put_right" ? "putRight" : "details") : RequestIntake.ContactFieldId(error.Field), error.Message);
            return Page();
        }
        if (Kind == Complaint)
        {
            await complaints.StagesAsync(result.Case!, ct);
            await db.SaveChangesAsync(ct);
        }
        TempData[ComplaintSentModel.ReferenceKey] = result.Case!.Reference;
        TempData[ComplaintSentModel.KindKey] = Kind;
        return Redirect(ComplaintLinks.Sent);
    }

    static List<string> Answer(string? text) => string.IsNullOrWhiteSpace(text) ? [] : [text];
}
