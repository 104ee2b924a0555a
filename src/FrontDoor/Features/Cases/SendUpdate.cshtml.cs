using FrontDoor.Data;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

/// <summary>A public update: on the tracking page and emailed to the customer, often from a response template.</summary>
public class SendUpdateModel(FrontDoorDb db, CaseWorkflow workflow, CaseNotifications emails) : StaffCasePage(db)
{
    [BindProperty] public string? Message { get; set; }
    [FromQuery] public int? Template { get; set; }
    public List<ResponseTemplates.ResponseTemplate> Templates { get; private set; } = [];

    protected override bool Allowed(StaffUser staff, Case c) => staff.CanWork(c);

    /// <summary>Choosing a template reloads the page with its wording filled in, so it works without JavaScript.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        await OnRefusedAsync(ct);
        if (Templates.FirstOrDefault(t => t.Id == Template) is { } chosen)
            Message = emails.Fill(chosen.Body, Case, Case.Customer, SiteBase);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Message)) ModelState.AddModelError("message", "Enter the update");
        else if (Message.Length > CaseWorkflow.MaxTextLength) ModelState.AddModelError("message", $"The update must be {CaseWorkflow.MaxTextLength} characters or less");
        else if (CaseNotifications.TextProblem(Message) is string placeholder) ModelState.AddModelError("message", placeholder);
        if (!ModelState.IsValid)
        {
            await OnRefusedAsync(ct);
            return Page();
        }
        var result = await workflow.PostUpdateAsync(Case, Version, Actor, Message!, SiteBase, ct);
        if (!result.Succeeded) return await RefusedAsync(result, ct);
        return Done(Case.Customer is null || CaseNotifications.KindFor(Case.Customer) is null
            ? "Update added. We have no way to send it to the customer, so tell them another way"
            : "Update sent to the customer");
    }

    protected override async Task OnRefusedAsync(CancellationToken ct) =>
        Templates = await Db.ResponseTemplates.AsNoTracking().Where(t => t.TeamId == null || t.TeamId == Case.TeamId).OrderBy(t => t.Title).ToListAsync(ct);
}
