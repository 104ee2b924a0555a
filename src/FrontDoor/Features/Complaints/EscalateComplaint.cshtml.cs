using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Complaints;

/// <summary>The customer takes their complaint to stage 2 from the link in the stage 1 response, their tracking page or their account.</summary>
[EnableRateLimiting(ComplaintsSetup.RateLimitPolicy)]
public class EscalateComplaintModel(FrontDoorDb db, ComplaintWorkflow complaints, ComplaintLinks links) : PageModel
{
    [BindProperty] public string? Reason { get; set; }
    public Case Case { get; private set; } = null!;
    public bool Escalated { get; private set; }

    async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        var reference = links.ReferenceIn(token);
        var found = reference is null ? null
            : await db.Cases.Include(c => c.Service).Include(c => c.Team).Include(c => c.Customer).SingleOrDefaultAsync(c => c.Reference == reference && c.Kind == CaseKind.Complaint, ct);
        if (found is null) return false;
        Case = found;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct) =>
        await LoadAsync(token, ct) && ComplaintWorkflow.CanEscalate(await complaints.StagesAsync(Case, ct)) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct)) return NotFound();
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError("reason", "Enter why you are not satisfied with our response");
        else if (Reason.Length > ComplaintCode.MaxTextLength) ModelState.AddModelError("reason", $"Your reason must be {ComplaintCode.MaxTextLength} characters or less");
        if (!ModelState.IsValid) return Page();
        var result = await complaints.EscalateAsync(Case, new Actor(ActorKind.Resident, Case.CustomerId ?? 0, "Customer"), Reason!, Request.SiteBase(), ct);
        if (result.Outcome == WorkflowOutcome.Stale)
        {
            ModelState.AddModelError("reason", "Your complaint changed while you were writing. Send your reason again.");
            return Page();
        }
        // Refused only when it is already at stage 2 (sent twice): which is what they asked for.
        Escalated = true;
        return Page();
    }
}
