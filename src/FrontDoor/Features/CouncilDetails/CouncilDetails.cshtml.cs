using System.Text.RegularExpressions;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using FrontDoor.Shared.Council;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.CouncilDetails;

/// <summary>The council's name, colour, logo and contact details, as every page and message shows them.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
[BodyLimit(4 * MaxLogoBytes)]
public partial class CouncilDetailsModel(FrontDoorDb db, AuditLog audit, TimeProvider clock, IOptions<CouncilOptions> council, Refreshing<CouncilProfile> profile) : PageModel
{
    const int MaxLogoBytes = 1024 * 1024;
    public const string Stale = "Someone else changed the council's details while you were editing them. Check what they say now, then make your change again";

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? BrandColour { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? OpeningHours { get; set; }
    [BindProperty] public bool RemoveLogo { get; set; }
    [BindProperty] public int Version { get; set; }
    public bool HasLogo => profile.Value.Logo is not null;
    public string? DoneMessage => TempData.Done();

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColour();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var o = council.Value;
        (Name, BrandColour, Phone, Email, Address, OpeningHours) = (o.Name, o.BrandColour, o.Phone, o.Email, o.Address, o.OpeningHours);
        Version = await db.CouncilSettings.Select(s => (int?)s.Version).SingleOrDefaultAsync(ct) ?? 0;
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? logo, CancellationToken ct)
    {
        foreach (var (field, error) in SetUpText.Errors("name", Name, "the council's name", 100, required: true)) ModelState.AddModelError(field, error);
        if (string.IsNullOrWhiteSpace(BrandColour) || !HexColour().IsMatch(BrandColour.Trim()))
            ModelState.AddModelError("brandColour", "Enter the colour as a hex code, like #1d70b8");
        else if (Contrast.WithWhite(BrandColour.Trim()) is var ratio && ratio < Contrast.AaNormalText)
            ModelState.AddModelError("brandColour", $"White text on {BrandColour.Trim()} has a contrast of {Contrast.Ratio(ratio)} to 1. Choose a darker colour: the header needs at least 4.5 to 1");
        foreach (var (field, error) in SetUpText.Errors("phone", Phone, "the phone number", 50, required: true)) ModelState.AddModelError(field, error);
        foreach (var (field, error) in SetUpText.Errors("email", Email, "the email address", 254, required: true)) ModelState.AddModelError(field, error);
        if (ModelState.IsValid && !System.Net.Mail.MailAddress.TryCreate(Email!.Trim(), out _)) ModelState.AddModelError("email", "Enter an email address in the correct format, like contact@council.gov.uk");
        foreach (var (field, error) in SetUpText.Errors("address", Address, "the address", 200, required: true)) ModelState.AddModelError(field, error);
        foreach (var (field, error) in SetUpText.Errors("openingHours", OpeningHours, "the opening hours", 100, required: true)) ModelState.AddModelError(field, error);
        (string Type, byte[] Content)? newLogo = null;
        if (logo is { Length: > 0 })
        {
            if (logo.Length > MaxLogoBytes) ModelState.AddModelError("logo", "The logo must be smaller than 1MB");
            else
            {
                using var buffer = new MemoryStream();
                await logo.CopyToAsync(buffer, ct);
                var (type, error) = UploadCheck.Inspect(buffer.ToArray(), Catalogue.QuestionType.Photo);
                if (error is not null) ModelState.AddModelError("logo", error.Replace("selected file", "logo"));
                else newLogo = (type!, buffer.ToArray());
            }
        }
        if (!ModelState.IsValid) return Page();

        var settings = await db.CouncilSettings.SingleOrDefaultAsync(ct);
        if ((settings?.Version ?? 0) != Version) return StaleDetails();
        var before = council.Value;
        settings ??= new();
        (settings.Name, settings.BrandColour, settings.Phone, settings.Email, settings.Address, settings.OpeningHours) =
            (Name!.Trim(), BrandColour!.Trim().ToLowerInvariant(), Phone!.Trim(), Email!.Trim(), Address!.Trim(), OpeningHours!.Trim());
        if (newLogo is { } l) (settings.LogoContentType, settings.Logo) = (l.Type, l.Content);
        else if (RemoveLogo) (settings.LogoContentType, settings.Logo) = (null, null);
        settings.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.AddChange(HttpContext.Actor(), "Changed the council's details", [
            new("Name", before.Name, settings.Name), new("Colour", before.BrandColour, settings.BrandColour), new("Phone", before.Phone, settings.Phone),
            new("Email", before.Email, settings.Email), new("Address", before.Address, settings.Address), new("Opening hours", before.OpeningHours, settings.OpeningHours),
            new("Logo", HasLogo ? "Uploaded logo" : before.LogoUrl, settings.Logo is null ? null : newLogo is null ? "Uploaded logo" : $"New logo, {settings.Logo.Length / 1024 + 1}KB"),
        ]);
        if (!await db.TrySaveAsync(settings, Version, ct)) return StaleDetails();
        profile.Reload();
        TempData.Done("The council's details are saved. Every page and message uses them now");
        return Redirect(StaffLinks.CouncilDetails);
    }

    IActionResult StaleDetails()
    {
        ModelState.AddModelError("name", Stale);
        return Page();
    }
}
