using System.ComponentModel.DataAnnotations;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Notifications;

public class OutboxOptions
{
    [Range(0.01, 3600)] public double PollSeconds { get; set; } = 5;
    /// <summary>Messages claimed in one round. At least one: a round that takes a whole batch goes again at once.</summary>
    [Range(1, 10_000)] public int BatchSize { get; set; } = 50;
    /// <summary>Messages sent at once, each to a different person.</summary>
    [Range(1, 64)] public int ParallelSends { get; set; } = 8;
    [Range(1, 100)] public int MaxAttempts { get; set; } = 10;
    [Range(0, 86_400)] public double FirstRetrySeconds { get; set; } = 30;
    [Range(1, 86_400)] public double LeaseSeconds { get; set; } = 120;
}

/// <summary>
/// Drains the outbox. Each round claims a batch with a lease of two <see cref="OutboxOptions.LeaseSeconds"/> (SKIP LOCKED
/// on PostgreSQL), and every message starts sending with at least one lease left: one sent early in the batch has it from
/// the claim, and one reached after a slow mail server has its own lease renewed first. So several instances can run
/// side by side without sending anything twice, however slow the mail server, while a batch that goes at the usual
/// pace writes nothing between the claim and each message's outcome. Failures retry with exponential back-off.
/// Each outcome is committed as its send ends, so a crash repeats only the messages in the middle of sending.
/// </summary>
public sealed class OutboxSender(IServiceScopeFactory scopes, IEnumerable<IMessageSender> senders, TimeProvider clock,
    IOptions<OutboxOptions> options, GroupCommit commits, ILogger<OutboxSender> log) : BackgroundService
{
    readonly Dictionary<MessageKind, IMessageSender> byKind = senders.ToDictionary(s => s.Kind);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Shared.JobLoop.RunAsync("Outbox", TimeSpan.FromSeconds(options.Value.PollSeconds), clock, log, RoundLeftMoreAsync, stoppingToken);

    /// <summary>
    /// One batch sent; true when it was a whole batch, so more are likely waiting. A smaller one waits for the next tick:
    /// under steady intake, going again at once would find a message or two each time and pay for the claim every few milliseconds.
    /// </summary>
    public async Task<bool> RoundLeftMoreAsync(CancellationToken ct) => await SendBatchAsync(ct) == options.Value.BatchSize;

    /// <summary>
    /// Claims and sends one batch; returns how many messages it handled. Up to <see cref="OutboxOptions.ParallelSends"/>
    /// people's messages go at once, so the mail server's round trips overlap and each outcome shares a commit with
    /// others; one person's messages go one after another, in the order they were written.
    /// </summary>
    public async Task<int> SendBatchAsync(CancellationToken ct)
    {
        var o = options.Value;
        List<OutboxMessage> batch;
        Leases.Claim claim;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
            var now = clock.GetUtcNow().UtcDateTime;
            claim = await commits.RunAsync(db, token => Leases.ClaimAsync(db, "OutboxMessages", "SentAt", now, 2 * o.LeaseSeconds, o.BatchSize, token), ct);
            if (claim.Ids.Count == 0) return 0;
            batch = await db.OutboxMessages.AsNoTracking().Where(m => claim.Ids.Contains(m.Id) && m.LockedBy == claim.Id && m.SentAt == null)
                .OrderBy(m => m.Id).ToListAsync(ct);
        }
        var handled = 0;
        await Parallel.ForEachAsync(batch.GroupBy(m => m.Recipient), new ParallelOptions { MaxDegreeOfParallelism = o.ParallelSends, CancellationToken = ct },
            async (messages, token) =>
            {
                // A context of its own: contexts are not shared between threads.
                using var scope = scopes.CreateScope();
                var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
                foreach (var message in messages)
                    if (await SendAsync(scope.ServiceProvider, db, message, claim, token)) Interlocked.Increment(ref handled);
            });
        return handled;
    }

    /// <summary>Sends one message and commits its outcome; false when its lease was lost to another instance, which sends it instead.</summary>
    async Task<bool> SendAsync(IServiceProvider services, FrontDoorDb db, OutboxMessage message, Leases.Claim claim, CancellationToken ct)
    {
        var o = options.Value;
        // Less than a lease left of the batch's claim (a slow mail server): this message's own lease from now, unless
        // another instance has taken it since. The renewal and the outcome are committed with whatever else is being
        // written (see GroupCommit): each is on disk before the step after it.
        var at = clock.GetUtcNow().UtcDateTime;
        if (!claim.Covers(at, o.LeaseSeconds)
            && !await commits.RunAsync(db, token => Leases.RenewAsync(db, "OutboxMessages", "SentAt", message.Id, claim.Id, at, o.LeaseSeconds, token), ct))
            return false;
        db.OutboxMessages.Attach(message);
        var attempt = new DeliveryAttempt { OutboxMessageId = message.Id, At = clock.GetUtcNow().UtcDateTime };
        try
        {
            var sender = byKind.GetValueOrDefault(message.Kind) ?? throw new InvalidOperationException($"Nothing sends {message.Kind} messages");
            var sent = await sender.SendAsync(new OutgoingMessage(Reference(message), message.Recipient, message.Subject, message.Body), ct);
            attempt.Succeeded = true;
            message.SentAt = attempt.At;
            message.ProviderId = sent.ProviderId;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            attempt.Error = ex.GetBaseException().Message;
            message.LastError = attempt.Error;
            // Refused outright (a template that needs changing): trying again would only be refused again.
            if (ex is MessageRefusedException || message.Attempts + 1 >= o.MaxAttempts) message.FailedAt = attempt.At;
            else message.NextAttemptAt = attempt.At.AddSeconds(o.FirstRetrySeconds * Math.Pow(2, message.Attempts));
            // The message id, not the recipient: no personal data in logs.
            log.LogWarning("Outbox message {MessageId} attempt {Attempt} failed: {Error}", message.Id, message.Attempts + 1, attempt.Error);
        }
        message.Attempts++;
        message.LockedBy = null;
        message.LockedUntil = null;
        db.DeliveryAttempts.Add(attempt);
        // The print room is asked for a letter in each format its reader needs.
        if (attempt.Succeeded && message.Kind == MessageKind.Letter && message.CustomerId is long customerId
            && await db.Customers.FindAsync([customerId], ct) is { } reader)
            await services.GetRequiredService<SupportTasks.SupportPlanning>().AddForLetterAsync(message, reader, message.CaseId, ct);
        if (message.CaseId is long caseId && attempt.Succeeded)
            db.TimelineEvents.Add(new() { CaseId = caseId, At = attempt.At, Type = Cases.TimelineEventType.NotificationSent, Text = $"{MessageKinds.Text(message.Kind)} sent: {message.Subject}" });
        await commits.RunAsync(db, token => db.SaveChangesAsync(token), ct);
        return true;
    }

    /// <summary>Stable for the message, so a repeat after a crash mid-send can be recognised (the email's Message-ID).</summary>
    public static string Reference(OutboxMessage message) => $"frontdoor-outbox-{message.Id}";
}
