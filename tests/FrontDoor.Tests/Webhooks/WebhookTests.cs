using Microsoft.Extensions.Time.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Events;
using FrontDoor.Features.Staff;
using FrontDoor.Features.Webhooks;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.Webhooks;

/// <summary>Webhooks from the outbox to a real HTTP receiver: subscription, signing, retry, failure and redelivery.</summary>
public abstract class WebhookTests(TestApp app)
{
    internal static async Task<(long Id, string Secret)> SubscribeAsync(HttpClient http, string url, params string[] events)
    {
        var response = await http.PostAsJsonAsync("/api/v1/webhooks", new { url, events });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return (body.GetProperty("id").GetInt64(), body.GetProperty("secret").GetString()!);
    }

    [Fact]
    public async Task CaseEvents_DeliveredSignedOnlyToMatchingLiveSubscriptions()
    {
        await using var receiver = new WebhookReceiver();
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases, ApiScopes.WriteCases, ApiScopes.ManageWebhooks]);
        var http = ApiTestClients.Http(app, key);
        var (_, secret) = await SubscribeAsync(http, receiver.Url, EventTypes.CaseCreated, EventTypes.CaseResolved);
        var (removed, _) = await SubscribeAsync(http, receiver.Url + "removed", EventTypes.CaseCreated);
        Assert.Equal(HttpStatusCode.NoContent, (await http.DeleteAsync($"/api/v1/webhooks/{removed}")).StatusCode);

        var c = await TestData.CaseAsync(app);
        var created = await receiver.WaitForAsync(c.Reference);
        Assert.Equal(EventTypes.CaseCreated, created.Headers["FrontDoor-Event"]);
        Assert.True(WebhookSignature.Verify(secret, created.Headers[WebhookSignature.Header], created.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify(secret, created.Headers[WebhookSignature.Header], created.Body.Replace(c.Reference, "AAAA-AAAA"), DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_other", created.Headers[WebhookSignature.Header], created.Body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        var payload = JsonDocument.Parse(created.Body).RootElement;
        Assert.Equal(c.CustomerId, payload.GetProperty("case").GetProperty("customer_id").GetInt64());

        var resolved = await http.PostAsJsonAsync($"/api/v1/cases/{c.Reference}/status", new { status = "fixed", message = "Filled" });
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        var resolvedEvent = await receiver.WaitForAsync("\"type\":\"case.resolved\",\"occurred_at\"");
        Assert.Contains(c.Reference, resolvedEvent.Body);
        // Not subscribed to case.updated, and the removed subscription gets nothing.
        Assert.DoesNotContain(receiver.Requests, r => r.Headers["FrontDoor-Event"] == EventTypes.CaseUpdated);
        await using var scope = app.Scope(out var db);
        Assert.False(await db.WebhookDeliveries.AnyAsync(d => d.SubscriptionId == removed));
    }

    [Fact]
    public async Task Subscriptions_ValidatedScopedAndEachClientSeesOnlyItsOwn()
    {
        var (_, casesOnly) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases, ApiScopes.ManageWebhooks]);
        var (_, other) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases, ApiScopes.ManageWebhooks]);
        var http = ApiTestClients.Http(app, casesOnly);
        var refused = await http.PostAsJsonAsync("/api/v1/webhooks", new { url = "ftp://example.org", events = new[] { EventTypes.CustomerUpdated, "case.eaten" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("url", out _));
        Assert.True(errors.TryGetProperty("events", out _));
        var noScope = await http.PostAsJsonAsync("/api/v1/webhooks", new { url = "https://example.org/hook", events = new[] { EventTypes.CustomerUpdated } });
        Assert.Contains("customers:read", await noScope.Content.ReadAsStringAsync());

        var (id, _) = await SubscribeAsync(http, "https://example.org/hook", EventTypes.CaseUpdated);
        var othersView = ApiTestClients.Http(app, other);
        Assert.Equal(HttpStatusCode.NotFound, (await othersView.DeleteAsync($"/api/v1/webhooks/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await othersView.GetAsync($"/api/v1/webhooks/{id}/deliveries")).StatusCode);
        Assert.Equal(0, JsonDocument.Parse(await othersView.GetStringAsync("/api/v1/webhooks")).RootElement.GetArrayLength());
        var mine = JsonDocument.Parse(await http.GetStringAsync("/api/v1/webhooks")).RootElement;
        Assert.Equal("https://example.org/hook", Assert.Single(mine.EnumerateArray()).GetProperty("url").GetString());
    }

    WebhookDispatcher Dispatcher(FakeTimeProvider clock) =>
        Dispatcher(app, clock, new WebhookOptions { FirstRetrySeconds = 30, MaxRetryMinutes = 240, RetryForHours = 25, TimeoutSeconds = 5 });

    /// <summary>A dispatcher of the test's own on the app's database, run round by round by the test.</summary>
    internal static WebhookDispatcher Dispatcher(TestApp app, TimeProvider clock, WebhookOptions options) => new(
        app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetRequiredService<IHttpClientFactory>(),
        app.Services.GetRequiredService<IDataProtectionProvider>(), clock, Options.Create(options),
        app.Services.GetRequiredService<FrontDoor.Data.GroupCommit>(), NullLogger<WebhookDispatcher>.Instance);

    /// <summary>A delivery due only in 2099, so the app's own dispatcher (on the real clock) leaves it to the test's.</summary>
    async Task<long> FutureDeliveryAsync(long subscriptionId, FakeTimeProvider clock)
    {
        await using var scope = app.Scope(out var db);
        var e = new OutboxEvent { Type = EventTypes.CaseUpdated, PayloadJson = $"{{\"test\":\"{Guid.NewGuid():N}\"}}", CreatedAt = clock.GetUtcNow().UtcDateTime, DeliveredAt = clock.GetUtcNow().UtcDateTime };
        db.OutboxEvents.Add(e);
        var delivery = new WebhookDelivery { SubscriptionId = subscriptionId, Event = e, CreatedAt = clock.GetUtcNow().UtcDateTime, NextAttemptAt = clock.GetUtcNow().UtcDateTime };
        db.WebhookDeliveries.Add(delivery);
        await db.SaveChangesAsync();
        return delivery.Id;
    }

    async Task<WebhookDelivery> DeliveryAsync(long id)
    {
        await using var scope = app.Scope(out var db);
        return await db.WebhookDeliveries.AsNoTracking().Include(d => d.AttemptLog).SingleAsync(d => d.Id == id);
    }

    [Fact]
    public async Task Delivery_ReceiverErrors_RetriedWithDoublingBackOffUntilAccepted_ThenStaffRedeliver()
    {
        await using var receiver = new WebhookReceiver();
        var clock = new FakeTimeProvider(new DateTimeOffset(2099, 3, 2, 9, 0, 0, TimeSpan.Zero));
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases, ApiScopes.ManageWebhooks]);
        var (subscription, _) = await SubscribeAsync(ApiTestClients.Http(app, key), receiver.Url, EventTypes.CaseUpdated);
        var id = await FutureDeliveryAsync(subscription, clock);
        var dispatcher = Dispatcher(clock);
        receiver.Answers.Enqueue(500);
        receiver.Answers.Enqueue(503);

        await dispatcher.DeliverAsync(default);
        var first = await DeliveryAsync(id);
        Assert.Equal(1, first.Attempts);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddSeconds(30), first.NextAttemptAt);
        Assert.Contains("500", first.LastError);

        clock.Advance(TimeSpan.FromSeconds(29));
        await dispatcher.DeliverAsync(default);
        Assert.Equal(1, (await DeliveryAsync(id)).Attempts);
        clock.Advance(TimeSpan.FromSeconds(2));
        await dispatcher.DeliverAsync(default);
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddSeconds(60), (await DeliveryAsync(id)).NextAttemptAt);
        clock.Advance(TimeSpan.FromSeconds(61));
        await dispatcher.DeliverAsync(default);

        var done = await DeliveryAsync(id);
        Assert.NotNull(done.DeliveredAt);
        Assert.Equal([false, false, true], done.AttemptLog.OrderBy(a => a.At).Select(a => a.Succeeded));
        Assert.Equal([500, 503, 200], done.AttemptLog.OrderBy(a => a.At).Select(a => a.StatusCode ?? 0));
        var eventIds = receiver.Requests.Select(r => r.Headers["FrontDoor-Event-Id"]).Distinct().ToList();
        Assert.Single(eventIds);

        // An administrator sends it again from the delivery log; the app's own dispatcher delivers it now.
        var admin = await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null);
        var browser = StaffAccounts.As(app, admin);
        await browser.GetAsync($"/staff/admin/webhooks/deliveries/{id}");
        Assert.Contains("Delivered", browser.Page.QuerySelector(".govuk-summary-list")!.TextContent);
        await browser.SubmitAsync(button: "Redeliver");
        Assert.Contains("will send event", browser.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        var againId = long.Parse(browser.Path.Split('/').Last());
        Assert.Equal(id, (await DeliveryAsync(againId)).RedeliveryOfId);
        for (var i = 0; i < 100 && receiver.Requests.Count < 4; i++) await Task.Delay(100);
        Assert.Equal(4, receiver.Requests.Count);
        Assert.Equal(eventIds[0], receiver.Requests.Last().Headers["FrontDoor-Event-Id"]);
        await using var scope = app.Scope(out var db);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.StaffId == admin.Id && a.Action == $"Redelivered webhook delivery {id}"));
    }

    [Fact]
    public async Task Delivery_ReceiverDown_KeepsTryingForADayThenFails()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2099, 4, 6, 9, 0, 0, TimeSpan.Zero));
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases, ApiScopes.ManageWebhooks]);
        var (subscription, _) = await SubscribeAsync(ApiTestClients.Http(app, key), $"http://127.0.0.1:{LocalHttpServer.FreePort()}/down", EventTypes.CaseUpdated);
        var id = await FutureDeliveryAsync(subscription, clock);
        var dispatcher = Dispatcher(clock);
        var start = clock.GetUtcNow();

        WebhookDelivery delivery;
        do
        {
            await dispatcher.DeliverAsync(default);
            delivery = await DeliveryAsync(id);
            clock.SetUtcNow(new DateTimeOffset(delivery.NextAttemptAt, TimeSpan.Zero));
        } while (delivery.FailedAt is null && delivery.Attempts < 50);

        Assert.NotNull(delivery.FailedAt);
        Assert.True(delivery.FailedAt!.Value - start.UtcDateTime >= TimeSpan.FromHours(24), $"gave up after {delivery.FailedAt.Value - start.UtcDateTime}");
        var times = delivery.AttemptLog.OrderBy(a => a.At).Select(a => a.At).ToList();
        var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        Assert.Equal(TimeSpan.FromSeconds(30), gaps[0]);
        Assert.Equal(TimeSpan.FromSeconds(60), gaps[1]);
        Assert.Equal(TimeSpan.FromHours(4), gaps.Max());
        Assert.All(delivery.AttemptLog, a => Assert.False(a.Succeeded));
    }

    [Fact]
    public async Task AdminPages_CreateClientShowsKeyOnce_RevokeStopsIt()
    {
        var admin = await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null);
        var browser = StaffAccounts.As(app, admin);
        await browser.GetAsync("/staff/admin/api-clients/new");
        await browser.SubmitAsync(new Dictionary<string, string> { ["name"] = "", ["requestsPerMinute"] = "0" });
        Assert.Equal(["Enter the name of the connected system", "Select what the connected system may do", "Requests a minute must be a whole number from 1 to 100000"], browser.ErrorSummary);

        await browser.GetAsync("/staff/admin/api-clients/new");
        await browser.SubmitAsync(new Dictionary<string, string> { ["name"] = "Waste system", ["scopes"] = ApiScopes.ReadCases, ["requestsPerMinute"] = "60" });
        var key = browser.Page.QuerySelector("#api-key")!.TextContent.Trim();
        var http = ApiTestClients.Http(app, key);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/cases?limit=1")).StatusCode);
        await using (app.Scope(out var db))
            Assert.DoesNotContain(await db.ApiClients.Select(c => c.KeyHash).ToListAsync(), h => h.Contains(key));

        var link = browser.Page.QuerySelectorAll("a").First(a => a.TextContent.Contains("View Waste system")).GetAttribute("href")!;
        await browser.GetAsync(link);
        Assert.DoesNotContain(key, browser.Page.Body!.TextContent);
        await browser.SubmitAsync(button: "Revoke key");
        Assert.Contains("Revoked", browser.Page.QuerySelector(".govuk-summary-list")!.TextContent);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync("/api/v1/cases?limit=1")).StatusCode);
    }
}

public class WebhookTestsOnSqlite(OwnSqliteApp app) : WebhookTests(app), IClassFixture<OwnSqliteApp>;
public class WebhookTestsOnPostgres(OwnPostgresApp app) : WebhookTests(app), IClassFixture<OwnPostgresApp>;

/// <summary>A council's FrontDoor as it ships: webhooks only to public addresses.</summary>
public sealed class PublicOnlySqliteApp : TestApp
{
    protected override string Provider => FrontDoor.Data.DatabaseSetup.Sqlite;
    protected override string ConnectionString => $"Data Source={TempFile("frontdoor.db")}";
    // A documentation-only range: nothing the tests listen on.
    protected override string AllowedWebhookNetwork => "192.0.2.0/24";
}

public sealed class WebhookAddressTests(PublicOnlySqliteApp app) : IClassFixture<PublicOnlySqliteApp>
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hook")]
    [InlineData("http://localhost/hook")]
    [InlineData("http://10.1.2.3/hook")]
    [InlineData("http://192.168.0.10/hook")]
    [InlineData("http://169.254.169.254/latest/meta-data")]
    [InlineData("http://[::1]/hook")]
    [InlineData("http://[fd00::1]/hook")]
    [InlineData("http://[::ffff:127.0.0.1]/hook")]
    public async Task Subscribe_ToAnInternalAddress_IsRefused(string url)
    {
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases, ApiScopes.ManageWebhooks]);
        var response = await ApiTestClients.Http(app, key).PostAsJsonAsync("/api/v1/webhooks", new { url, events = new[] { EventTypes.CaseCreated } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("private or local network", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Deliver_ToANameThatNowLeadsInwards_RefusedAtConnectionAndLoggedWithoutNetworkDetail()
    {
        await using var receiver = new WebhookReceiver();
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases, ApiScopes.ManageWebhooks]);
        var subscribed = await ApiTestClients.Http(app, key).PostAsJsonAsync("/api/v1/webhooks", new { url = "https://hooks.example.org/frontdoor", events = new[] { EventTypes.CaseCreated } });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        var id = JsonDocument.Parse(await subscribed.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        await using (app.Scope(out var db))
        {
            // As if its name now resolved to the receiver on this machine (DNS rebinding).
            await db.WebhookSubscriptions.Where(s => s.Id == id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Url, receiver.Url.Replace("127.0.0.1", "localhost")));
        }

        var c = await TestData.CaseAsync(app);
        WebhookAttempt? attempt = null;
        for (var i = 0; i < 100 && attempt is null; i++)
        {
            await Task.Delay(100);
            await using var scope = app.Scope(out var db);
            attempt = await db.WebhookAttempts.Where(a => db.WebhookDeliveries.Any(d => d.Id == a.DeliveryId && d.SubscriptionId == id)).FirstOrDefaultAsync();
        }
        Assert.NotNull(attempt);
        Assert.False(attempt.Succeeded);
        Assert.Equal("The receiver's address is on a private or local network, which is not allowed", attempt.Error);
        Assert.Empty(receiver.Requests);
    }
}

/// <summary>How the dispatcher paces itself: at once again only after a whole batch, otherwise at its next tick.</summary>
public abstract class WebhookRoundTests(TestApp app)
{
    [Fact]
    public async Task Round_GoesAgainAtOnceOnlyAfterAWholeBatch_AndHandsOnEveryEvent()
    {
        var dispatcher = WebhookTests.Dispatcher(app, TimeProvider.System, new WebhookOptions { FanOutBatchSize = 2 });
        // The demo council's own events first, in rounds of their own, so only the test's three are left.
        while (await dispatcher.FanOutAsync(default) > 0) { }
        await using (var scope = app.Scope(out var db))
        {
            for (var i = 0; i < 3; i++) db.OutboxEvents.Add(new OutboxEvent { Type = EventTypes.CaseUpdated, PayloadJson = "{}", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }

        Assert.True(await dispatcher.RoundLeftMoreAsync(default));
        Assert.False(await dispatcher.RoundLeftMoreAsync(default));
        await using (var scope = app.Scope(out var db))
            Assert.False(await db.OutboxEvents.AnyAsync(e => e.DeliveredAt == null));
        Assert.False(await dispatcher.RoundLeftMoreAsync(default));
    }
}

public class WebhookRoundTestsOnSqlite(NoJobsSqliteApp app) : WebhookRoundTests(app), IClassFixture<NoJobsSqliteApp>;
public class WebhookRoundTestsOnPostgres(NoJobsPostgresApp app) : WebhookRoundTests(app), IClassFixture<NoJobsPostgresApp>;
