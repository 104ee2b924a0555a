using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Queues;

public record QueueFilter(long TeamId, QueueView View, int? ServiceId, CaseStatus? Status, string? Ward, Channel? Channel, int Page);

public record QueueRow(string Reference, string Service, string? Location, string? Ward, CaseStatus Status, CasePriority Priority,
    DateTime DueAt, DateTime? PausedAt, DateTime? ResolvedAt, string? Assignee, Channel Channel);

/// <summary>
/// One page of a queue. Each view reads an index in the order it shows (open cases by team and due
/// date, resolved ones by team and resolved date), stopping after the page. Counting and paging stop at <see cref="Cap"/> cases: past that, nobody
/// pages through a queue, they filter it, and an exact count of a big team's cases would cost more
/// than the page itself.
/// </summary>
public sealed class QueueQuery(FrontDoorDb db, ServiceClock serviceClock, TimeProvider clock)
{
    public const int PageSize = 25;
    public const int Cap = 1000;
    public const int MaxPage = Cap / PageSize;
    static readonly TimeSpan RecentlyResolvedWindow = TimeSpan.FromDays(14);

    public async Task<(List<QueueRow> Rows, int Total)> RunAsync(QueueFilter f, long staffId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cases = f.View == QueueView.Mine
            ? db.Cases.Where(c => c.AssigneeId == staffId && c.TeamId == f.TeamId)
            : db.Cases.Where(c => c.TeamId == f.TeamId);
        cases = f.View switch
        {
            QueueView.Unassigned => cases.Where(c => c.ResolvedAt == null && c.AssigneeId == null),
            QueueView.DueSoon => cases.Where(c => c.ResolvedAt == null && c.PausedAt == null && c.DueAt >= now && c.DueAt <= serviceClock.DueSoonLimit()),
            QueueView.Overdue => cases.Where(c => c.ResolvedAt == null && c.PausedAt == null && c.DueAt < now),
            QueueView.OnHold => cases.Where(c => c.ResolvedAt == null && c.Status == CaseStatus.OnHold),
            QueueView.RecentlyResolved => cases.Where(c => c.ResolvedAt >= now - RecentlyResolvedWindow),
            _ => cases.Where(c => c.ResolvedAt == null),
        };
        if (f.ServiceId is int serviceId) cases = cases.Where(c => c.ServiceId == serviceId);
        if (f.Status is CaseStatus status) cases = cases.Where(c => c.Status == status);
        if (!string.IsNullOrEmpty(f.Ward)) cases = cases.Where(c => c.Ward == f.Ward);
        if (f.Channel is Channel channel) cases = cases.Where(c => c.Channel == channel);

        // Counts to one past the cap, which is enough to say "more than 1,000".
        var total = await cases.Take(Cap + 1).CountAsync(ct);
        var ordered = f.View == QueueView.RecentlyResolved
            ? cases.OrderByDescending(c => c.ResolvedAt).ThenByDescending(c => c.Id)
            : cases.OrderBy(c => c.DueAt).ThenBy(c => c.Id);
        var rows = await ordered
            .Skip((Math.Clamp(f.Page, 1, MaxPage) - 1) * PageSize).Take(PageSize)
            .Select(c => new QueueRow(c.Reference, c.Service.Name, Case.LocationTextOf(c.LocationDescription, c.Latitude, c.Longitude), c.Ward, c.Status, c.Priority,
                c.DueAt, c.PausedAt, c.ResolvedAt, c.Assignee == null ? null : c.Assignee.DisplayName, c.Channel))
            .ToListAsync(ct);
        return (rows, total);
    }
}
