using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Forms;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Tracking;

/// <summary>
/// The customer answers what we asked while their request waits for them, or adds to it while it is open, with a photo
/// or document if they like: from the request's tracking link, which their account's page of the request also uses.
/// </summary>
[BodyLimit(FileUploads.MaxRequestBytes)]
[IgnoreAntiforgeryToken] // checked by FileUploads, after the body is read
[EnableRateLimiting(TrackingSetup.RepliesRateLimitPolicy)]
public class ReplyOnlineModel(FrontDoorDb db, TrackingLinks links, CaseWorkflow workflow, IAntiforgery antiforgery) : PageModel
{
    public Case Case { get; private set; } = null!;
    public string? Text { get; private set; }
    /// <summary>What the council asked for, while the request waits for the customer.</summary>
    public string? Asked { get; private set; }
    public string TrackingPath => TrackingLinks.Path(Case.Reference, links.Token(Case.Reference));

    async Task<bool> LoadAsync(string reference, string? token, CancellationToken ct)
    {
        var found = links.Verified(reference, token) is not { } verified ? null
            : await db.Cases.ForWorkflow().SingleOrDefaultAsync(c => c.Reference == verified, ct);
        if (found is null) return false;
        Case = found;
        Asked = found.Status == CaseStatus.OnHold ? TimelineEvents.AskedOfCustomer(found, await TimelineEvents.PublicAsync(db, found.Id, ct))?.Text : null;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(string reference, [FromQuery] string? token, CancellationToken ct) =>
        await LoadAsync(reference, token, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string reference, [FromQuery] string? token, CancellationToken ct)
    {
        if (!await LoadAsync(reference, token, ct)) return NotFound();
        if (await FileUploads.ReadAsync(HttpContext, antiforgery, "file", QuestionType.Document, "document", ct) is not { } upload) return BadRequest();
        // Closed while they were writing: the page says so, and nothing is added.
        if (!Case.IsOpen) return Page();
        Text = upload.Form?["details"].ToString();
        if (upload.Form is not null && string.IsNullOrWhiteSpace(Text))
            ModelState.AddModelError("details", Case.Status == CaseStatus.OnHold ? "Enter your answer" : "Enter what you want to add");
        else if (Text?.Trim().Length > CaseWorkflow.MaxTextLength)
            ModelState.AddModelError("details", $"Your answer must be {CaseWorkflow.MaxTextLength:N0} characters or less");
        if (upload.Error is not null) ModelState.AddModelError("file", upload.Error);
        if (!ModelState.IsValid) return Page();

        var result = await workflow.AddFromCustomerAsync(Case, Case.Version, new Actor(ActorKind.Resident, Case.CustomerId ?? 0, "Customer"), Text!, upload.File, Request.SiteBase(), ct);
        if (result.Outcome != WorkflowOutcome.Saved)
        {
            ModelState.AddModelError("details", result.Outcome == WorkflowOutcome.Stale
                ? "Your request was updated while you were writing. Check the latest, then send your answer again" : result.Message!);
            return Page();
        }
        TempData.Done(upload.File is null ? "Thank you. We have your message." : $"Thank you. We have your message and {upload.File.FileName}.");
        return Redirect(TrackingPath);
    }
}
