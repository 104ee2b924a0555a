using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Complaints;

/// <summary>
/// An agent takes down a complaint or compliment from a caller or visitor: the same questions and intake as the resident's
/// form, with the channel it came by and the agent's name, so it counts in every figure the web form's do.
/// </summary>
[Authorize(Policy = StaffSetup.CaseWorkers)]
public class TakeComplaintModel(FrontDoorDb db, ComplaintIntake complaints) : ComplaintFormModel
{
    public static readonly string[] FieldOrder = ["about", "channel", .. ComplaintIntake.FieldOrder];

    /// <summary>The reference of the request it is about, if the customer has one.</summary>
    [BindProperty(SupportsGet = true)] public string? About { get; set; }
    [BindProperty(Name = "channel")] public string? ContactChannel { get; set; }

    public async Task OnGetAsync(CancellationToken ct) => Services = await db.Services.AsNoTracking().Live().OrderBy(s => s.Name).ToListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await OnGetAsync(ct);
        var staff = StaffUser.From(User)!;
        Case? about = null;
        if (!string.IsNullOrWhiteSpace(About))
        {
            var reference = CaseReference.Normalise(About);
            about = reference is null ? null : await db.Cases.AsNoTracking().Include(c => c.Service).SingleOrDefaultAsync(c => c.Reference == reference, ct);
            if (about is null || !staff.CanView(about)) ModelState.AddModelError("about", "Enter the reference of a request you can see, like 7KQ4-M2XP, or leave it empty");
        }
        if (!Enum.TryParse<Channel>(ContactChannel, out var channel) || !Channels.Assisted.Contains(channel))
            ModelState.AddModelError("channel", "Select how the customer contacted us");
        var input = new ComplaintInput(ComplaintIntake.Parse(Kind), about?.Service ?? Services.FirstOrDefault(s => s.Slug == Service), Details, PutRight,
            Contact, channel, Request.SiteBase(), staff.Id, about);
        // Every question's problem at once: this page's own, and the form's (but the service comes from a reference given).
        var result = ModelState.IsValid ? await complaints.SubmitAsync(input, ct)
            : new ComplaintResult(null, [.. ComplaintIntake.Check(input).Where(e => e.Field != "service" || string.IsNullOrWhiteSpace(About))]);
        foreach (var (field, message) in result.Errors) ModelState.AddModelError(field, message);
        if (result.Case is not { } taken) return Page();
        TempData.Done($"{(taken.Kind == CaseKind.Complaint ? "Complaint" : "Compliment")} {taken.Reference} recorded");
        return Redirect(staff.CanView(taken) ? StaffLinks.Case(taken.Reference) : StaffLinks.Home);
    }
}
