using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>One service's requests on one channel in one whole month, as the council publishes them.</summary>
public sealed record PublishedCell(DateOnly Month, int ServiceId, Channel Channel, CaseTotals Cases, long ProgressChasing);

/// <summary>
/// The figures the council publishes: whole months only (a month still under way would change after publishing), per
/// service and channel, summed from the monthly rows, and held between rounds of the rollup job: everyone who reads
/// them reads the same.
/// </summary>
public sealed class PublishedFigures(FrontDoorDb db, FigureCache cache, TimeProvider clock)
{
    public DateOnly ThisMonth => FigureRollup.MonthOf(UkDates.DayOf(clock.GetUtcNow().UtcDateTime));

    public async Task<IReadOnlyList<PublishedCell>> CellsAsync(CancellationToken ct)
    {
        var month = ThisMonth;
        return (await cache.GetAsync(("published-figures", month), () => ReadAsync(month, ct), ct)).Value;
    }

    /// <summary>Complaints received in each whole month before this one, from the monthly rows: every complaint begins at stage 1.</summary>
    public async Task<IReadOnlyDictionary<DateOnly, long>> ComplaintsByMonthAsync(CancellationToken ct)
    {
        var month = ThisMonth;
        return (await cache.GetAsync(("published-complaints", month), async () => (IReadOnlyDictionary<DateOnly, long>)await db.CaseFigures.AsNoTracking()
            .Where(r => r.Span == FigureSpan.Month && r.Start < month && r.Kind == CaseKind.Complaint)
            .GroupBy(r => r.Start).Select(g => new { g.Key, Received = g.Sum(r => (long)r.Received) }).ToDictionaryAsync(g => g.Key, g => g.Received, ct), ct)).Value;
    }

    async Task<IReadOnlyList<PublishedCell>> ReadAsync(DateOnly before, CancellationToken ct)
    {
        var cases = await db.CaseFigures.AsNoTracking()
            .Where(r => r.Span == FigureSpan.Month && r.Start < before && r.Kind != CaseKind.Complaint && r.Kind != CaseKind.Compliment)
            .GroupBy(r => new { r.Start, r.ServiceId, r.Channel })
            .Select(g => new
            {
                g.Key.Start, g.Key.ServiceId, g.Key.Channel,
                Received = g.Sum(r => r.Received), Resolved = g.Sum(r => r.Resolved), Within = g.Sum(r => r.ResolvedWithinStandard),
                First = g.Sum(r => r.ResolvedAtFirstContact), Reopened = g.Sum(r => r.Reopened), Transfers = g.Sum(r => r.Transfers),
                Answers = g.Sum(r => r.SatisfactionAnswers), Score = g.Sum(r => r.SatisfactionScore), Satisfied = g.Sum(r => r.Satisfied),
            })
            .ToListAsync(ct);
        var chasing = await db.ContactFigures.AsNoTracking()
            .Where(r => r.Span == FigureSpan.Month && r.Start < before && r.Purpose == ContactPurpose.ProgressChasing && r.ServiceId != null)
            .GroupBy(r => new { r.Start, ServiceId = r.ServiceId!.Value, r.Channel })
            .Select(g => new { g.Key.Start, g.Key.ServiceId, g.Key.Channel, Contacts = g.Sum(r => r.Contacts) })
            .ToDictionaryAsync(g => (g.Start, g.ServiceId, g.Channel), g => g.Contacts, ct);
        var cells = cases.Select(c => new PublishedCell(c.Start, c.ServiceId, c.Channel,
            new CaseTotals(c.Received, CaseTotals.OnlineChannels.Contains(c.Channel) ? c.Received : 0, c.Resolved, c.Within, c.First, c.Reopened, c.Transfers,
                c.Answers, c.Score, c.Satisfied),
            chasing.GetValueOrDefault((c.Start, c.ServiceId, c.Channel)))).ToList();
        // Chasing on a channel the service's requests never came by still counts.
        var known = cells.Select(c => (c.Month, c.ServiceId, c.Channel)).ToHashSet();
        cells.AddRange(chasing.Where(k => !known.Contains(k.Key))
            .Select(k => new PublishedCell(k.Key.Start, k.Key.ServiceId, k.Key.Channel, CaseTotals.None, k.Value)));
        return [.. cells.OrderBy(c => c.Month).ThenBy(c => c.ServiceId).ThenBy(c => c.Channel)];
    }
}
