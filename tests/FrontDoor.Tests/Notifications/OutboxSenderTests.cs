using Microsoft.Extensions.Time.Testing;
using FrontDoor.Features.Notifications;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.Notifications;

public abstract class OutboxSenderTests(TestApp app)
{
    /// <summary>One message at a time, so each starts only when the one before it is done, for the lease tests below.</summary>
    OutboxSender Sender(int smtpPort, FakeTimeProvider clock, int parallelSends = 1) =>
        Sender(app, smtpPort, clock, new OutboxOptions { FirstRetrySeconds = 30, MaxAttempts = 3, LeaseSeconds = 120, ParallelSends = parallelSends });

    /// <summary>A sender of the test's own, to the given mail server, on the test's clock.</summary>
    public static OutboxSender Sender(TestApp app, int smtpPort, TimeProvider clock, OutboxOptions options) => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(),
        [new SmtpEmailSender(Options.Create(new EmailOptions { SmtpHost = "127.0.0.1", SmtpPort = smtpPort }), app.Services.GetRequiredService<IHostEnvironment>())],
        clock,
        Options.Create(options),
        app.Services.GetRequiredService<FrontDoor.Data.GroupCommit>(),
        NullLogger<OutboxSender>.Instance);

    /// <summary>Three messages due far in the future, so the app's own sender job never sees them as due.</summary>
    async Task<(FakeTimeProvider Clock, string Token, long[] Ids)> ThreeDueAsync(int month, params string[] recipients)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2099, month, 1, 9, 0, 0, TimeSpan.Zero));
        var token = Guid.NewGuid().ToString("N");
        await using var scope = app.Scope(out var db);
        var messages = Enumerable.Range(1, 3).Select(i => new OutboxMessage
        {
            Recipient = recipients.Length == 3 ? recipients[i - 1] : $"slow-{i}@example.com", Subject = $"Slow {i} {token}", Body = "Hello",
            CreatedAt = clock.GetUtcNow().UtcDateTime, NextAttemptAt = clock.GetUtcNow().UtcDateTime,
        }).ToList();
        db.OutboxMessages.AddRange(messages);
        await db.SaveChangesAsync();
        return (clock, token, messages.Select(m => m.Id).ToArray());
    }

    async Task<DateTime?> LockedUntilAsync(long id)
    {
        await using var scope = app.Scope(out var db);
        return await db.OutboxMessages.Where(m => m.Id == id).Select(m => m.LockedUntil).SingleAsync();
    }

    [Fact]
    public async Task TwoNodes_SlowMailServerOutlastsTheBatchLease_EachMessageSentOnce()
    {
        var (clock, token, ids) = await ThreeDueAsync(2);
        var start = clock.GetUtcNow().UtcDateTime;
        await using var smtp = new GatedSmtpServer();
        var (nodeA, nodeB) = (Sender(smtp.Port, clock), Sender(smtp.Port, clock));

        // Node A claims all three for two leases (240 seconds) and is held sending the first; it finishes 200 seconds
        // later and starts the second, with less than a lease of the claim left: that message's lease is renewed first.
        var a = Task.Run(() => nodeA.SendBatchAsync(default));
        await smtp.WaitUntilArrivedAsync(1);
        clock.Advance(TimeSpan.FromSeconds(200));
        smtp.Release();
        await smtp.WaitUntilArrivedAsync(2);
        Assert.Equal(start.AddSeconds(320), await LockedUntilAsync(ids[1]));
        // The claim has run out for the third, still unsent: node B claims it and sends it.
        clock.Advance(TimeSpan.FromSeconds(50));
        var b = Task.Run(() => nodeB.SendBatchAsync(default));
        await smtp.WaitUntilArrivedAsync(3);
        smtp.Release(10);
        await Task.WhenAll(a, b);

        var sent = smtp.Accepted.Where(m => m.Contains(token)).ToList();
        Assert.Equal(3, sent.Count);
        for (var i = 1; i <= 3; i++) Assert.Single(sent, m => m.Contains($"Slow {i} {token}"));
        Assert.All(sent, m => Assert.Matches(@"Message-I[dD]: <frontdoor-outbox-\d+@", m));
    }

    [Fact]
    public async Task SendBatch_AtTheUsualPace_SendsOnTheClaimWithoutRenewing()
    {
        var (clock, token, ids) = await ThreeDueAsync(3);
        var claimed = clock.GetUtcNow().UtcDateTime.AddSeconds(240);
        await using var smtp = new GatedSmtpServer();

        var a = Task.Run(() => Sender(smtp.Port, clock).SendBatchAsync(default));
        await smtp.WaitUntilArrivedAsync(1);
        clock.Advance(TimeSpan.FromSeconds(5));
        smtp.Release();
        // The second starts five seconds into the claim: it still has more than a lease, so nothing is written before it is sent.
        await smtp.WaitUntilArrivedAsync(2);
        Assert.Equal(claimed, await LockedUntilAsync(ids[1]));
        smtp.Release(10);
        Assert.Equal(3, await a);
        Assert.Equal(3, smtp.Accepted.Count(m => m.Contains(token)));
    }

    [Fact]
    public async Task SendBatch_InParallel_SendsDifferentPeopleAtOnceAndOnePersonsInOrder()
    {
        // The first two are to one person, the third to another; two sends at once.
        var (clock, token, _) = await ThreeDueAsync(4, "same-person@example.com", "same-person@example.com", "other-person@example.com");
        await using var smtp = new GatedSmtpServer();

        var a = Task.Run(() => Sender(smtp.Port, clock, parallelSends: 2).SendBatchAsync(default));
        // Both held by the mail server at once: the slow first send does not hold up the other person's message, and
        // the same person's second message waits for their first, so these two are the first and the third.
        await smtp.WaitUntilArrivedAsync(2);
        Assert.Equal(["Slow 1", "Slow 3"], smtp.ArrivedInOrder.Select(m => Subject(m, token)).Order());
        smtp.Release(10);
        Assert.Equal(3, await a);
        Assert.Equal("Slow 2", Subject(smtp.ArrivedInOrder.Last(), token));
    }

    static string Subject(string message, string token) => System.Text.RegularExpressions.Regex.Match(message, $@"Subject: (Slow \d) {token}").Groups[1].Value;

    static int ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [Fact]
    public async Task SendBatch_SmtpDown_RetriesWithBackOffAndRecordsEachAttempt()
    {
        // Far in the future, so the app's own sender job never sees this message as due.
        var clock = new FakeTimeProvider(new DateTimeOffset(2099, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var recipient = $"outbox-{Guid.NewGuid():N}@example.com";
        long id;
        await using (app.Scope(out var db))
        {
            var message = new OutboxMessage { Recipient = recipient, Subject = "Retry me", Body = "Hello", CreatedAt = clock.GetUtcNow().UtcDateTime, NextAttemptAt = clock.GetUtcNow().UtcDateTime };
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            id = message.Id;
        }
        var down = Sender(ClosedPort(), clock);

        Assert.True(await down.SendBatchAsync(default) >= 1);
        await using (app.Scope(out var db))
        {
            var message = await db.OutboxMessages.Include(m => m.DeliveryAttempts).SingleAsync(m => m.Id == id);
            Assert.Null(message.SentAt);
            Assert.Equal(1, message.Attempts);
            Assert.Equal(clock.GetUtcNow().UtcDateTime.AddSeconds(30), message.NextAttemptAt);
            Assert.False(Assert.Single(message.DeliveryAttempts).Succeeded);
        }

        // Not due again until the back-off has passed; then it goes, and the second wait doubles.
        clock.Advance(TimeSpan.FromSeconds(29));
        await down.SendBatchAsync(default);
        await using (app.Scope(out var db)) Assert.Equal(1, (await db.OutboxMessages.SingleAsync(m => m.Id == id)).Attempts);
        clock.Advance(TimeSpan.FromSeconds(2));
        await down.SendBatchAsync(default);
        await using (app.Scope(out var db)) Assert.Equal(clock.GetUtcNow().UtcDateTime.AddSeconds(60), (await db.OutboxMessages.SingleAsync(m => m.Id == id)).NextAttemptAt);

        clock.Advance(TimeSpan.FromSeconds(61));
        await Sender(TestEnvironment.SmtpPort, clock).SendBatchAsync(default);
        await using (app.Scope(out var db))
        {
            var message = await db.OutboxMessages.Include(m => m.DeliveryAttempts).SingleAsync(m => m.Id == id);
            Assert.NotNull(message.SentAt);
            Assert.Equal([false, false, true], message.DeliveryAttempts.OrderBy(a => a.Id).Select(a => a.Succeeded));
        }
        Assert.Equal("Retry me", (await MailSink.WaitForAsync(recipient)).Subject);
    }
}

public class OutboxSenderTestsOnSqlite(OwnSqliteApp app) : OutboxSenderTests(app), IClassFixture<OwnSqliteApp>;
public class OutboxSenderTestsOnPostgres(OwnPostgresApp app) : OutboxSenderTests(app), IClassFixture<OwnPostgresApp>;

/// <summary>How the sender paces itself: at once again only after a whole batch, otherwise at its next tick.</summary>
public abstract class OutboxRoundTests(TestApp app)
{
    [Fact]
    public async Task Round_GoesAgainAtOnceOnlyAfterAWholeBatch_AndSendsEveryMessage()
    {
        var sender = OutboxSenderTests.Sender(app, TestEnvironment.SmtpPort, TimeProvider.System, new OutboxOptions { BatchSize = 2 });
        // The demo council's own messages first, in rounds of their own, so only the test's three are left.
        while (await sender.SendBatchAsync(default) > 0) { }
        var token = Guid.NewGuid().ToString("N");
        await using (var scope = app.Scope(out var db))
        {
            for (var i = 0; i < 3; i++)
                db.OutboxMessages.Add(new OutboxMessage { Recipient = $"round-{i}@example.com", Subject = $"Round {i} {token}", Body = "Hello", CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        Assert.True(await sender.RoundLeftMoreAsync(default));
        Assert.False(await sender.RoundLeftMoreAsync(default));
        await using (var scope = app.Scope(out var db))
            Assert.Equal(3, await db.OutboxMessages.CountAsync(m => m.Subject.EndsWith(token) && m.SentAt != null));
        Assert.False(await sender.RoundLeftMoreAsync(default));
    }
}

public class OutboxRoundTestsOnSqlite(NoJobsSqliteApp app) : OutboxRoundTests(app), IClassFixture<NoJobsSqliteApp>;
public class OutboxRoundTestsOnPostgres(NoJobsPostgresApp app) : OutboxRoundTests(app), IClassFixture<NoJobsPostgresApp>;
