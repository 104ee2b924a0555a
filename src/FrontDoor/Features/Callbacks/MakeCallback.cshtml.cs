using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Callbacks;

/// <summary>One call back: who to call and why, the tries so far, and what happened on this one.</summary>
[Authorize(Policy = StaffSetup.RecordKeepers)]
public class MakeCallbackModel(FrontDoorDb db, CallbackCalls calls, AuditLog audit) : PageModel
{
    public Callback Callback { get; private set; } = null!;
    public string? CaseReference { get; private set; }
    public Dictionary<long, string> Callers { get; private set; } = [];

    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public bool Resolved { get; set; }
    [BindProperty] public int Version { get; set; }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await db.Callbacks.Include(c => c.Customer).Include(c => c.AttemptsMade).SingleOrDefaultAsync(c => c.Id == id, ct) is not { } found) return false;
        Callback = found;
        CaseReference = found.CaseId is long caseId ? await db.Cases.Where(c => c.Id == caseId).Select(c => c.Reference).SingleAsync(ct) : null;
        var staffIds = found.AttemptsMade.Select(a => a.StaffId).ToList();
        Callers = await db.StaffMembers.Where(s => staffIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.DisplayName, ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Version = Callback.Version;
        await audit.RecordReadAsync(HttpContext.Actor(), "Viewed a call back", Callback.CaseId, Callback.CustomerId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        CallOutcome? outcome = Outcome switch { "reached" => CallOutcome.Reached, "no-answer" => CallOutcome.NoAnswer, _ => null };
        if (outcome is null) ModelState.AddModelError("outcome", "Select what happened when you called");
        if (outcome == CallOutcome.Reached && string.IsNullOrWhiteSpace(Note)) ModelState.AddModelError("note", "Enter what you talked about");
        else if (Note?.Trim().Length > Cases.CaseWorkflow.MaxTextLength) ModelState.AddModelError("note", $"The note must be {Cases.CaseWorkflow.MaxTextLength:N0} characters or less");
        if (!ModelState.IsValid) return Page();
        switch (await calls.RecordAsync(Callback, Version, HttpContext.Actor(), outcome!.Value, Note, Resolved, ct))
        {
            case CallRecorded.Stale:
                ModelState.AddModelError("outcome", "Someone else recorded a call to this customer while you had it open. Check the latest, then try again");
                db.ChangeTracker.Clear();
                await LoadAsync(id, ct);
                Version = Callback.Version;
                return Page();
            case CallRecorded.AlreadyClosed:
                ModelState.AddModelError("outcome", "This call back is already finished");
                return Page();
        }
        TempData.Done(Callback.State switch
        {
            CallbackState.Completed => "Call recorded",
            CallbackState.NotReached => "No answer recorded. That was the last try: the customer has been told",
            _ => "No answer recorded. It stays in the queue to try again",
        });
        return Redirect(CallbackLinks.Queue);
    }
}
