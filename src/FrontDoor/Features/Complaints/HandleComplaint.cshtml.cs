using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Complaints;

/// <summary>The team working a complaint acknowledges it, extends its time once a stage with a reason, and sends each stage's response.</summary>
public class HandleComplaintModel(FrontDoorDb db, ComplaintWorkflow complaints) : StaffCasePage(db)
{
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty(Name = "response")] public string? ResponseText { get; set; }
    [BindProperty] public string? Ombudsman { get; set; }
    public List<ComplaintStage> Stages { get; private set; } = [];
    public ComplaintStage Current => Stages[^1];

    protected override bool Allowed(StaffUser staff, Case c) => c.Kind == CaseKind.Complaint && staff.CanWork(c);

    protected override async Task OnRefusedAsync(CancellationToken ct) => Stages = await complaints.StagesAsync(Case, ct);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Stages = await complaints.StagesAsync(Case, ct);
        await Db.SaveChangesAsync(ct);
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken ct) =>
        await DoneOrRefusedAsync(await complaints.AcknowledgeAsync(Case, Version, Actor, Request.SiteBase(), ct), "Complaint acknowledged", ct);

    public async Task<IActionResult> OnPostExtendAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Reason)) ModelState.AddModelError("reason", "Enter why you need more time, to tell the customer");
        else if (Reason.Length > ComplaintCode.MaxTextLength) ModelState.AddModelError("reason", $"The reason must be {ComplaintCode.MaxTextLength} characters or less");
        if (!ModelState.IsValid) return await OnInvalidAsync(ct);
        return await DoneOrRefusedAsync(await complaints.ExtendAsync(Case, Version, Actor, Reason!, Request.SiteBase(), ct), "Time to respond extended", ct);
    }

    public async Task<IActionResult> OnPostRespondAsync(CancellationToken ct)
    {
        if (!Enum.TryParse<ComplaintOutcome>(Outcome, out var outcome) || !Enum.IsDefined(outcome)) ModelState.AddModelError("outcome", "Select the outcome");
        if (string.IsNullOrWhiteSpace(ResponseText)) ModelState.AddModelError("response", "Enter the response to send the customer");
        else if (ResponseText.Length > ComplaintCode.MaxTextLength) ModelState.AddModelError("response", $"The response must be {ComplaintCode.MaxTextLength} characters or less");
        if (!Enum.TryParse<Ombudsman>(Ombudsman, out var ombudsman) || !Enum.IsDefined(ombudsman)) ombudsman = Complaints.Ombudsman.LocalGovernment;
        if (!ModelState.IsValid) return await OnInvalidAsync(ct);
        return await DoneOrRefusedAsync(await complaints.RespondAsync(Case, Version, Actor, outcome, ResponseText!, ombudsman, Request.SiteBase(), ct), "Response sent", ct);
    }

    async Task<IActionResult> OnInvalidAsync(CancellationToken ct)
    {
        Stages = await complaints.StagesAsync(Case, ct);
        return Page();
    }

    async Task<IActionResult> DoneOrRefusedAsync(WorkflowResult result, string done, CancellationToken ct) =>
        result.Succeeded ? Done(done) : await RefusedAsync(result, ct);
}
