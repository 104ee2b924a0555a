using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Complaints;

/// <summary>
/// A complaint's stages and clocks. Each step changes the complaint's case through <see cref="CaseWorkflow"/>, which tells the
/// customer and saves the stage with the case in one transaction.
/// </summary>
public sealed class ComplaintWorkflow(FrontDoorDb db, CaseWorkflow cases, WorkingDays workingDays, ComplaintLinks links, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The complaint's stages, first to last. Stage 1 is made when first asked for, so a complaint case always has one.</summary>
    public async Task<List<ComplaintStage>> StagesAsync(Case c, CancellationToken ct)
    {
        var stages = await db.ComplaintStages.Where(s => s.CaseId == c.Id).OrderBy(s => s.Number).ToListAsync(ct);
        if (stages.Count == 0 && c.Kind == CaseKind.Complaint)
        {
            var first = new ComplaintStage { CaseId = c.Id, Number = 1, ReceivedAt = c.CreatedAt, AcknowledgeBy = workingDays.DueBy(c.CreatedAt, ComplaintCode.AcknowledgeWithinDays, null) };
            db.ComplaintStages.Add(first);
            stages.Add(first);
        }
        return stages;
    }

    public async Task<WorkflowResult> AcknowledgeAsync(Case c, int version, Actor actor, string siteBase, CancellationToken ct)
    {
        var stage = (await StagesAsync(c, ct))[^1];
        if (stage.AcknowledgedAt is not null || stage.RespondedAt is not null) return WorkflowResult.Invalid(CaseField.Status, "This stage of the complaint has already been acknowledged");
        Acknowledge(c, stage);
        return await cases.PostUpdateAsync(c, version, actor,
            $"We have received your complaint{(stage.Number == 2 ? " and are looking at it again (stage 2)" : "")}. We will send you our response by {UkDates.Date(stage.RespondBy!.Value)}.", siteBase, ct);
    }

    void Acknowledge(Case c, ComplaintStage stage)
    {
        stage.AcknowledgedAt = Now;
        stage.RespondBy = workingDays.DueBy(Now, ComplaintCode.RespondWithinDays(stage.Number), null);
        c.DueAt = stage.RespondBy.Value;
    }

    public async Task<WorkflowResult> ExtendAsync(Case c, int version, Actor actor, string reason, string siteBase, CancellationToken ct)
    {
        var stage = (await StagesAsync(c, ct))[^1];
        if (stage.AcknowledgedAt is null) return WorkflowResult.Invalid(CaseField.Status, "Acknowledge the complaint before extending the time to respond");
        if (stage.ExtendedTo is not null || stage.RespondedAt is not null) return WorkflowResult.Invalid(CaseField.Status, "The time to respond at this stage has already been extended once");
        stage.ExtendedTo = workingDays.DueBy(stage.RespondBy!.Value, ComplaintCode.RespondWithinDays(stage.Number), null);
        stage.ExtensionReason = reason.Trim();
        c.DueAt = stage.ExtendedTo.Value;
        return await cases.PostUpdateAsync(c, version, actor,
            $"We need more time to respond to your complaint. {stage.ExtensionReason} We will send you our response by {UkDates.Date(stage.ExtendedTo.Value)}.", siteBase, ct);
    }

    /// <summary>
    /// The response to this stage, which closes the case: at stage 1 it tells the customer how to take it to stage 2; at
    /// stage 2 it is the final response, with the Ombudsman's details.
    /// </summary>
    public async Task<WorkflowResult> RespondAsync(Case c, int version, Actor actor, ComplaintOutcome outcome, string response, Ombudsman ombudsman,
        string siteBase, CancellationToken ct)
    {
        var stage = (await StagesAsync(c, ct))[^1];
        if (stage.RespondedAt is not null) return WorkflowResult.Invalid(CaseField.Status, "This stage of the complaint has already been answered");
        // A response sent within the time to acknowledge is its acknowledgement too.
        if (stage.AcknowledgedAt is null) Acknowledge(c, stage);
        (stage.RespondedAt, stage.Outcome) = (Now, outcome);
        var next = stage.Number == 1
            ? $"If you are not satisfied with this response, you can ask us to look at your complaint again: {siteBase.TrimEnd('/')}{links.Escalate(c.Reference)}"
            : $"This is our final response. {ComplaintCode.OmbudsmanDetails(ombudsman)}";
        return await cases.ChangeStatusAsync(c, version, actor, CaseStatus.ClosedWithoutFix,
            $"Our response to your complaint ({ComplaintCode.OutcomeText(outcome).ToLowerInvariant()}): {response.Trim()}\n\n{next}", siteBase, ct);
    }

    /// <summary>The customer takes their complaint to stage 2, once, after its stage 1 response.</summary>
    public async Task<WorkflowResult> EscalateAsync(Case c, Actor actor, string reason, string siteBase, CancellationToken ct)
    {
        if (!CanEscalate(await StagesAsync(c, ct))) return WorkflowResult.Invalid(CaseField.Status, "This complaint cannot be taken to stage 2");
        var received = Now;
        var second = new ComplaintStage
        {
            CaseId = c.Id, Number = 2, ReceivedAt = received, EscalationReason = reason.Trim(),
            AcknowledgeBy = workingDays.DueBy(received, ComplaintCode.AcknowledgeWithinDays, null),
        };
        db.ComplaintStages.Add(second);
        c.DueAt = second.AcknowledgeBy;
        return await cases.ChangeStatusAsync(c, c.Version, actor, CaseStatus.Reopened,
            $"You asked us to look at your complaint again (stage 2): {second.EscalationReason}", siteBase, ct);
    }

    public static bool CanEscalate(IReadOnlyList<ComplaintStage> stages) => stages is [{ Number: 1, RespondedAt: not null }];
}
