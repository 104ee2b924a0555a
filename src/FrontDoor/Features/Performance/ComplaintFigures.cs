using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Complaints;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>
/// The complaints report for the annual self-assessment: volumes by stage, how many were acknowledged and answered within
/// the codes' time limits, outcomes, and each service's share, for the stages received in a period. Stages are read
/// directly, as complaints are few beside requests; compliments are counted with the other cases, in the case figures.
/// </summary>
public sealed class ComplaintFigures(FrontDoorDb db, FigureCache cache)
{
    /// <summary>The report for a filter, held like the dashboard's until the rollup job's next round.</summary>
    public async Task<List<FigureTable>> GetAsync(FigureFilter filter, CancellationToken ct) =>
        (await cache.GetAsync(("complaints-report", filter), () => BuildAsync(filter, ct), ct)).Value;

    sealed record StageFact(int Number, DateTime AcknowledgeBy, DateTime? AcknowledgedAt, DateTime? RespondBy, DateTime? ExtendedTo,
        DateTime? RespondedAt, ComplaintOutcome? Outcome, int ServiceId);

    public async Task<List<FigureTable>> BuildAsync(FigureFilter filter, CancellationToken ct)
    {
        var (start, end) = (UkDates.StartOf(filter.Period.From), UkDates.StartOf(filter.Period.To));
        var stages = await (from s in db.ComplaintStages.AsNoTracking()
                            join c in db.Cases on s.CaseId equals c.Id
                            where s.ReceivedAt >= start && s.ReceivedAt < end
                                && (filter.ServiceId == null || c.ServiceId == filter.ServiceId) && (filter.TeamId == null || c.TeamId == filter.TeamId)
                            select new StageFact(s.Number, s.AcknowledgeBy, s.AcknowledgedAt, s.RespondBy, s.ExtendedTo, s.RespondedAt, s.Outcome, c.ServiceId))
            .ToListAsync(ct);
        var compliments = await db.CaseRows(filter with { Ward = null, Channel = null }, CaseKind.Compliment)
            .GroupBy(r => r.ServiceId).Select(g => new { ServiceId = g.Key, Count = g.Sum(r => r.Received) }).ToListAsync(ct);
        var services = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        string Name(int id) => services.GetValueOrDefault(id, "Removed service");

        return
        [
            new("stages", "Complaints by stage", $"Complaints received from {filter.Period.Text} at each stage, and how many were answered within the complaint handling codes' time limits: " +
                    $"acknowledged within {ComplaintCode.AcknowledgeWithinDays} working days, answered within {ComplaintCode.RespondWithinDays(1)} (stage 1) or {ComplaintCode.RespondWithinDays(2)} (stage 2) working days of that.",
                ["Stage", "Received", "Acknowledged in time", "Answered", "Answered within the code's time", "Answered within an extension", "Extended", "Still open"],
                [.. new[] { 1, 2 }.Select(n => StageRow($"Stage {n}", stages.Where(s => s.Number == n).ToList()))],
                ChartColumn: 3),
            new("outcomes", "Outcomes", "What each stage's answers decided. Upheld counts complaints upheld in full or in part.",
                ["Stage", "Upheld", "Partly upheld", "Not upheld", "Upheld in full or part"],
                [.. new[] { 1, 2 }.Select(n => stages.Where(s => s.Number == n && s.Outcome is not null).ToList()).Select((answered, i) => new FigureRow($"Stage {i + 1}",
                    [Figure.Count(answered.Count(s => s.Outcome == ComplaintOutcome.Upheld)), Figure.Count(answered.Count(s => s.Outcome == ComplaintOutcome.PartlyUpheld)),
                     Figure.Count(answered.Count(s => s.Outcome == ComplaintOutcome.NotUpheld)), Figure.Share(answered.Count(s => s.Outcome != ComplaintOutcome.NotUpheld), answered.Count)]))],
                ChartColumn: 3),
            new("complaints-by-service", "By service", "Complaints each service received at stage 1, how many went to stage 2, and how many were upheld at either stage.",
                ["Service", "Stage 1", "Stage 2", "Upheld in full or part", "Stage 1 answered within the code's time"],
                [.. stages.GroupBy(s => s.ServiceId).OrderByDescending(g => g.Count(s => s.Number == 1)).ThenBy(g => Name(g.Key)).Select(g => new FigureRow(Name(g.Key),
                    [Figure.Count(g.Count(s => s.Number == 1)), Figure.Count(g.Count(s => s.Number == 2)),
                     Figure.Count(g.Count(s => s.Outcome is ComplaintOutcome.Upheld or ComplaintOutcome.PartlyUpheld)),
                     Figure.Share(g.Count(s => s.Number == 1 && OnTime(s)), g.Count(s => s.Number == 1 && s.RespondedAt is not null))]))],
                ChartColumn: 0),
            new("compliments", "Compliments", "Compliments received, by service.",
                ["Service", "Compliments"],
                [.. compliments.OrderByDescending(c => c.Count).ThenBy(c => Name(c.ServiceId)).Select(c => new FigureRow(Name(c.ServiceId), [Figure.Count(c.Count)]))],
                ChartColumn: 0),
        ];
    }

    static bool OnTime(StageFact s) => s.RespondedAt <= s.RespondBy;

    static FigureRow StageRow(string label, List<StageFact> stages)
    {
        var answered = stages.Where(s => s.RespondedAt is not null).ToList();
        return new(label,
        [
            Figure.Count(stages.Count),
            Figure.Share(stages.Count(s => s.AcknowledgedAt <= s.AcknowledgeBy), stages.Count),
            Figure.Count(answered.Count),
            Figure.Share(answered.Count(OnTime), answered.Count),
            Figure.Share(answered.Count(s => !OnTime(s) && s.RespondedAt <= s.ExtendedTo), answered.Count),
            Figure.Count(stages.Count(s => s.ExtendedTo is not null)),
            Figure.Count(stages.Count - answered.Count),
        ]);
    }
}
