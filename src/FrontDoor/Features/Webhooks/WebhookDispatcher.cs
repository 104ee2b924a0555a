using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Text;
using FrontDoor.Data;
using FrontDoor.Features.Events;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Webhooks;

public class WebhookOptions
{
    [Range(0.01, 86_400)] public double PollSeconds { get; set; } = 2;
    /// <summary>Deliveries claimed and sent in one round. At least one: a round that takes a whole batch goes again at once.</summary>
    [Range(1, 10_000)] public int BatchSize { get; set; } = 50;
    /// <summary>Events handed on to deliveries in one round: only rows, so many more than are sent at once.</summary>
    [Range(1, 100_000)] public int FanOutBatchSize { get; set; } = 500;
    public double FirstRetrySeconds { get; set; } = 30;
    /// <summary>The back-off doubles up to this, so a receiver that is down for a day is still tried every few hours.</summary>
    public double MaxRetryMinutes { get; set; } = 240;
    /// <summary>How long a delivery keeps being retried before it is marked failed (staff may then redeliver it).</summary>
    public double RetryForHours { get; set; } = 25;
    public double TimeoutSeconds { get; set; } = 10;
    public double LeaseSeconds { get; set; } = 120;
    public int ParallelSends { get; set; } = 8;
    /// <summary>Internal networks a council's own receivers sit on (CIDR, like 10.20.0.0/16), which are otherwise refused.</summary>
    public string[] AllowedNetworks { get; set; } = [];
}

/// <summary>
/// Drains the event outbox to webhook subscribers. Each event is fanned out once to a delivery per interested
/// subscription; deliveries are claimed with a lease (SKIP LOCKED on PostgreSQL) so several instances never send
/// one twice, sent in parallel with a timeout, and retried with exponential back-off. Intake only writes rows,
/// so a receiver that is down never slows it.
/// </summary>
public sealed class WebhookDispatcher(IServiceScopeFactory scopes, IHttpClientFactory http, IDataProtectionProvider protection,
    TimeProvider clock, IOptions<WebhookOptions> options, GroupCommit commits, ILogger<WebhookDispatcher> log) : BackgroundService
{
    public const string HttpClientName = "webhooks";
    public const string SecretPurpose = "FrontDoor.Webhooks.Secret";

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Shared.JobLoop.RunAsync("Webhook", TimeSpan.FromSeconds(options.Value.PollSeconds), clock, log, RoundLeftMoreAsync, stoppingToken);

    /// <summary>
    /// New events handed on, then due deliveries sent; true when either took a whole batch, so more are likely waiting.
    /// A round that took less waits for the next tick: under steady intake, going again at once would find a few events
    /// each time and pay for the look every few milliseconds.
    /// </summary>
    public async Task<bool> RoundLeftMoreAsync(CancellationToken ct) =>
        (await FanOutAsync(ct) == options.Value.FanOutBatchSize) | (await DeliverAsync(ct) == options.Value.BatchSize);

    /// <summary>Turns new events into deliveries, in one transaction with marking them handed on; returns how many events it took.</summary>
    public async Task<int> FanOutAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        return await commits.RunAsync(db, async token =>
        {
            var sql = """SELECT * FROM "OutboxEvents" WHERE "DeliveredAt" IS NULL ORDER BY "Id" LIMIT {0}""";
            var events = await db.OutboxEvents.FromSqlRaw(db.IsPostgres ? sql + " FOR UPDATE SKIP LOCKED" : sql, options.Value.FanOutBatchSize)
                .AsNoTracking().ToListAsync(token);
            if (events.Count == 0) return 0;
            var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Include(s => s.ApiClient)
                .Where(s => s.RemovedAt == null && s.ApiClient.RevokedAt == null).ToListAsync(token);
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var e in events)
                foreach (var s in subscriptions.Where(s => s.EventTypeList.Contains(e.Type) && s.ApiClient.Has(EventTypes.ScopeFor(e.Type))))
                    db.WebhookDeliveries.Add(new WebhookDelivery { SubscriptionId = s.Id, OutboxEventId = e.Id, CreatedAt = now, NextAttemptAt = now });
            await db.SaveChangesAsync(token);
            // Marked in one statement: the events were read untracked, as nothing else of them changes.
            var ids = events.Select(e => e.Id).ToArray();
            await db.OutboxEvents.Where(e => ids.Contains(e.Id)).ExecuteUpdateAsync(s => s.SetProperty(e => e.DeliveredAt, now), token);
            return events.Count;
        }, ct);
    }

    /// <summary>Claims the deliveries that are due, sends them, and records each attempt; returns how many it tried.</summary>
    public async Task<int> DeliverAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var claim = await commits.RunAsync(db, token => Leases.ClaimAsync(db, "WebhookDeliveries", "DeliveredAt", now, o.LeaseSeconds, o.BatchSize, token), ct);
        if (claim.Ids.Count == 0) return 0;
        var batch = await db.WebhookDeliveries.Include(d => d.Subscription).Include(d => d.Event)
            .Where(d => claim.Ids.Contains(d.Id) && d.LockedBy == claim.Id).OrderBy(d => d.Id).ToListAsync(ct);

        var protector = protection.CreateProtector(SecretPurpose);
        var attempts = new WebhookAttempt[batch.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, batch.Count), new ParallelOptions { MaxDegreeOfParallelism = o.ParallelSends, CancellationToken = ct },
            async (i, token) => attempts[i] = await SendAsync(batch[i], protector.Unprotect(batch[i].Subscription.ProtectedSecret), token));

        for (var i = 0; i < batch.Count; i++)
        {
            var (delivery, attempt) = (batch[i], attempts[i]);
            delivery.Attempts++;
            delivery.LockedBy = null;
            delivery.LockedUntil = null;
            delivery.AttemptLog.Add(attempt);
            if (attempt.Succeeded) delivery.DeliveredAt = attempt.At;
            else
            {
                delivery.LastError = attempt.Error;
                var wait = TimeSpan.FromSeconds(Math.Min(o.FirstRetrySeconds * Math.Pow(2, delivery.Attempts - 1), o.MaxRetryMinutes * 60));
                if (attempt.At + wait > delivery.CreatedAt.AddHours(o.RetryForHours)) delivery.FailedAt = attempt.At;
                else delivery.NextAttemptAt = attempt.At + wait;
                // Ids and the error only: the payload may hold personal data.
                log.LogWarning("Webhook delivery {DeliveryId} attempt {Attempt} failed: {Error}", delivery.Id, delivery.Attempts, attempt.Error);
            }
        }
        await commits.RunAsync(db, token => db.SaveChangesAsync(token), ct);
        return batch.Count;
    }

    async Task<WebhookAttempt> SendAsync(WebhookDelivery delivery, string secret, CancellationToken ct)
    {
        var at = clock.GetUtcNow();
        var attempt = new WebhookAttempt { At = at.UtcDateTime };
        var body = delivery.Event.PayloadJson;
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Subscription.Url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, at.ToUnixTimeSeconds(), body));
        request.Headers.Add("FrontDoor-Event", delivery.Event.Type);
        // The same for every attempt and redelivery of one event, so a receiver can ignore repeats.
        request.Headers.Add("FrontDoor-Event-Id", delivery.OutboxEventId.ToString());
        request.Headers.Add("FrontDoor-Delivery", delivery.Id.ToString());
        var timer = Stopwatch.StartNew();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, timeout.Token);
            attempt.StatusCode = (int)response.StatusCode;
            attempt.Succeeded = response.IsSuccessStatusCode;
            if (!attempt.Succeeded) attempt.Error = $"The receiver answered {(int)response.StatusCode}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // Said plainly, without the network's own words, so the log cannot be used to map which internal ports answer.
            attempt.Error = ex switch
            {
                TaskCanceledException => $"No answer within {options.Value.TimeoutSeconds} seconds",
                { InnerException: RefusedReceiverException refused } => refused.Message + ", which is not allowed",
                _ => "Could not connect to the receiver",
            };
        }
        attempt.DurationMs = (int)timer.ElapsedMilliseconds;
        return attempt;
    }

    /// <summary>Staff asked for a delivery to be sent again: a new delivery of the same event, with a fresh retry window.</summary>
    public static WebhookDelivery Redeliver(FrontDoorDb db, WebhookDelivery original, DateTime now)
    {
        var again = new WebhookDelivery
        {
            SubscriptionId = original.SubscriptionId, OutboxEventId = original.OutboxEventId, CreatedAt = now, NextAttemptAt = now, RedeliveryOfId = original.Id,
        };
        db.WebhookDeliveries.Add(again);
        return again;
    }
}
