using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Cases;

public class ChangeStatusModel(FrontDoorDb db, CaseWorkflow workflow) : StaffCasePage(db)
{
    [BindProperty] public string? Status { get; set; }
    [BindProperty] public string? Message { get; set; }

    protected override bool Allowed(StaffUser staff, Case c) => staff.CanWork(c);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Enum.TryParse<CaseStatus>(Status, out var to) || !Enum.IsDefined(to)) ModelState.AddModelError("status", "Choose the new status");
        if (Message?.Length > CaseWorkflow.MaxTextLength) ModelState.AddModelError("message", $"The message must be {CaseWorkflow.MaxTextLength} characters or less");
        else if (Message is not null && Notifications.CaseNotifications.TextProblem(Message) is string placeholder) ModelState.AddModelError("message", placeholder);
        if (!ModelState.IsValid) return Page();
        var result = await workflow.ChangeStatusAsync(Case, Version, Actor, to, Message, SiteBase, ct);
        if (!result.Succeeded) return await RefusedAsync(result, ct);
        return Done($"Status changed to {Case.StatusText(to)}");
    }
}
