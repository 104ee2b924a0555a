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

/// <summary>A resident's complaint or compliment, about a service or (from a request's tracking page) one request.</summary>
[EnableRateLimiting(ComplaintsSetup.RateLimitPolicy)]
public class MakeComplaintModel(FrontDoorDb db, ComplaintIntake complaints, ComplaintLinks links) : ComplaintFormModel
{
    /// <summary>The signed token of the request it is about, from that request's tracking page.</summary>
    [BindProperty(SupportsGet = true)] public string? About { get; set; }
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
        var kind = ComplaintIntake.Parse(Kind);
        var result = await complaints.SubmitAsync(new ComplaintInput(kind, AboutCase?.Service ?? Services.FirstOrDefault(s => s.Slug == Service), Details, PutRight,
            Contact, Channel.Web, Request.SiteBase(), About: AboutCase), ct);
        foreach (var (field, message) in result.Errors) ModelState.AddModelError(field, message);
        if (result.Case is null) return Page();
        TempData[ComplaintSentModel.ReferenceKey] = result.Case.Reference;
        TempData[ComplaintSentModel.KindKey] = Kind;
        return Redirect(ComplaintLinks.Sent);
    }
}
