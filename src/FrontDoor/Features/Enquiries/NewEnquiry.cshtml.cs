using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using FrontDoor.Shared;

namespace FrontDoor.Features.Enquiries;

/// <summary>
/// A councillor's enquiry for a constituent, or an MP's enquiry recorded by staff. It goes to the team
/// that owns the service it is about, through the same intake as every request, with its own standard.
/// </summary>
[Authorize(Policy = StaffSetup.Enquirers)]
public class NewEnquiryModel(FrontDoorDb db, RequestIntake intake, IOptions<EnquiryOptions> options) : PageModel
{
    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? MpName { get; set; }
    [BindProperty] public string? Enquiry { get; set; }
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty(Name = "location")] public string? Address { get; set; }
    /// <summary>How the constituent (or the MP's office) got in touch: it counts in every channel figure.</summary>
    [BindProperty(Name = "channel")] public string? ContactChannel { get; set; }
    public List<Service> Services { get; private set; } = [];
    public bool IsCouncillor => StaffUser.From(User)!.Role == StaffRole.Councillor;
    public static readonly string[] FieldOrder = ["service", "mpName", "channel", "enquiry", "fullName", "email", "phone", "location"];

    public async Task OnGetAsync(CancellationToken ct) => Services = await db.Services.AsNoTracking().Live().OrderBy(s => s.Name).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        var staff = StaffUser.From(User)!;
        var service = Services.FirstOrDefault(s => s.Slug == Service);
        if (service is null) ModelState.AddModelError("service", "Choose the service the enquiry is about");
        if (!IsCouncillor && string.IsNullOrWhiteSpace(MpName)) ModelState.AddModelError("mpName", "Enter the name of the MP");
        else if (MpName?.Length > RequestIntake.MaxNameLength) ModelState.AddModelError("mpName", $"The MP's name must be {RequestIntake.MaxNameLength} characters or less");
        if (!Enum.TryParse<Channel>(ContactChannel, out var channel) || !Channels.Assisted.Contains(channel))
            ModelState.AddModelError("channel", IsCouncillor ? "Select how the constituent contacted you" : "Select how the MP's enquiry reached us");
        if (!ModelState.IsValid) return Page();

        var enquiry = IsCouncillor
            ? OtherKind.MemberEnquiry(CaseKind.CouncillorEnquiry, staff.Name, options.Value.StandardDays)
            : OtherKind.MemberEnquiry(CaseKind.MpEnquiry, MpName!.Trim(), options.Value.StandardDays);
        var result = await intake.SubmitAsync(new IntakeRequest(
            service!,
            new Dictionary<string, List<string>> { ["enquiry"] = Enquiry is null ? [] : [Enquiry] },
            string.IsNullOrWhiteSpace(Address) ? null : new LocationInput(Description: Address),
            null,
            new ContactInput(FullName, Email, Phone),
            channel,
            Request.SiteBase(),
            staff.Id,
            Other: enquiry), ct);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors) ModelState.AddModelError(FieldFor(error.Field), error.Message);
            return Page();
        }
        return Redirect(StaffLinks.Case(result.Case!.Reference));
    }

    // The enquiry form asks no photo and no help to communicate, and sends no other system's id; an error about any would belong to the enquiry.
    static string FieldFor(IntakeField field) => field switch
    {
        IntakeField.Answer or IntakeField.Upload or IntakeField.Needs or IntakeField.InterpreterLanguage or IntakeField.ExternalId => "enquiry",
        IntakeField.Location => "location",
        IntakeField.FullName or IntakeField.Email or IntakeField.Phone => RequestIntake.ContactFieldId(field),
    };
}
