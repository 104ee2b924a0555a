using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Cases;

public class RecordContactModel(FrontDoorDb db, CaseWorkflow workflow) : StaffCasePage(db)
{
    [BindProperty] public string? Channel { get; set; }
    [BindProperty] public string? Summary { get; set; }

    protected override bool Allowed(StaffUser staff, Case c) => staff.CanAnnotate(c);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Enum.TryParse<Cases.Channel>(Channel, out var channel) || !Channels.Assisted.Contains(channel)) ModelState.AddModelError("channel", "Choose how the customer got in touch");
        if (string.IsNullOrWhiteSpace(Summary)) ModelState.AddModelError("summary", "Enter what the customer wanted");
        else if (Summary.Length > CaseWorkflow.MaxTextLength) ModelState.AddModelError("summary", $"The summary must be {CaseWorkflow.MaxTextLength} characters or less");
        if (!ModelState.IsValid) return Page();
        var (contact, result) = await workflow.RecordContactAsync(Case, Actor, channel, Summary!, ct);
        if (!result.Succeeded) return await RefusedAsync(result, ct);
        return Done(contact.Purpose == Contacts.ContactPurpose.ProgressChasing
            ? "Contact recorded as progress chasing"
            : "Contact recorded");
    }
}
