using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Notifications.Notify;

/// <summary>
/// Asks Notify about messages whose delivery receipt has not come: the callback may not be set up, or one may have been
/// missed while FrontDoor was down. A message is asked about from 10 minutes after sending until Notify forgets it (7 days).
/// </summary>
public sealed class DeliveryStatusChecks(IServiceScopeFactory scopes, TimeProvider clock, IOptions<NotifyOptions> options, ILogger<DeliveryStatusChecks> log)
    : BackgroundService
{
    const int BatchSize = 100;
    static readonly TimeSpan Grace = TimeSpan.FromMinutes(10), NotifyKeeps = TimeSpan.FromDays(7);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Shared.JobLoop.RunAsync("Delivery status checks", TimeSpan.FromMinutes(options.Value.StatusCheckMinutes), clock, log,
            async ct => { await CheckAsync(ct); return false; }, stoppingToken);

    /// <summary>One round; returns how many messages now have a final status.</summary>
    public async Task<int> CheckAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var notify = scope.ServiceProvider.GetRequiredService<NotifyClient>();
        var receipts = scope.ServiceProvider.GetRequiredService<DeliveryReceipts>();
        var now = clock.GetUtcNow().UtcDateTime;
        var (sentBefore, sentAfter) = (now - Grace, now - NotifyKeeps);
        var recorded = 0;
        // Page by page through every message waiting, so a batch of letters long in the post never hides those after it.
        for (long after = 0; ;)
        {
            var waiting = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.Id > after && m.ProviderId != null && m.DeliveryStatus == null && m.SentAt < sentBefore && m.SentAt > sentAfter)
                .OrderBy(m => m.Id).Select(m => new { m.Id, m.ProviderId }).Take(BatchSize).ToListAsync(ct);
            if (waiting.Count == 0) break;
            foreach (var m in waiting)
                if (await receipts.RecordAsync(m.ProviderId!, await notify.StatusAsync(m.ProviderId!, ct), now, ct) == DeliveryReceipts.Outcome.Recorded) recorded++;
            after = waiting[^1].Id;
        }
        return recorded;
    }
}
