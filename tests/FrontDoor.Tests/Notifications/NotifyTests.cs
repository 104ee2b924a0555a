using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Notifications.Notify;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Notifications;

/// <summary>Every channel through a fake GOV.UK Notify on a real port, which checks tokens and bodies as Notify documents them.</summary>
public abstract class NotifyTests(TestApp app, FakeNotify notify)
{
    async Task<(Case Case, string Email)> CaseAsync(string? phone = null)
    {
        var email = Residents.NewEmail();
        var service = await TestData.ServiceAsync(app);
        var property = await TestData.PropertyAsync(app);
        await using var scope = app.Scope(out _);
        var result = await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitAsync(new IntakeRequest(
            service, TestData.StreetProblemAnswers(), new LocationInput(property.Uprn), null,
            new ContactInput("Nia Notified", email, phone), Channel.Web, "http://localhost"), default);
        Assert.True(result.Succeeded);
        return (result.Case!, email);
    }

    /// <summary>Waits (up to 20 seconds) until the outbox has sent or given up on the message to this recipient.</summary>
    async Task<OutboxMessage> SettledAsync(string recipient)
    {
        for (var i = 0; i < 200; i++)
        {
            await using (app.Scope(out var db))
                if (await db.OutboxMessages.AsNoTracking().Include(m => m.DeliveryAttempts).FirstOrDefaultAsync(m => m.Recipient == recipient && (m.SentAt != null || m.FailedAt != null)) is { } done)
                    return done;
            await Task.Delay(100);
        }
        throw new TimeoutException($"The message to {recipient} was neither sent nor given up");
    }

    [Fact]
    public async Task Acknowledgement_NotifySetUp_SentThroughEmailTemplateWithSignedToken()
    {
        var (c, email) = await CaseAsync();

        var received = await notify.WaitForAsync(email);
        Assert.Equal("email", received.Type);
        Assert.Equal(FakeNotify.EmailTemplate, (string?)received.Body["template_id"]);
        Assert.Equal(notify.ServiceId, received.Token.Issuer);
        Assert.Contains(c.Reference, (string?)received.Body["personalisation"]!["body"]);
        var message = await SettledAsync(email);
        Assert.Equal(OutboxSender.Reference(message), (string?)received.Body["reference"]);
        Assert.NotNull(message.ProviderId);
        Assert.True(notify.Statuses.ContainsKey(message.ProviderId));
    }

    [Fact]
    public async Task TextAndLetter_NotifySetUp_SentWithTheNumberAndAddressLines()
    {
        var mobile = $"07700 9{Random.Shared.Next(10_000, 99_999)}";
        var addressee = $"Lee Letter {Guid.NewGuid():N}";
        await using (app.Scope(out var db))
        {
            var now = DateTime.UtcNow;
            db.OutboxMessages.Add(new() { Kind = MessageKind.Sms, Recipient = mobile, Subject = "Text", Body = "Your reference is ABCD-1234", CreatedAt = now, NextAttemptAt = now });
            db.OutboxMessages.Add(new() { Kind = MessageKind.Letter, Recipient = $"{addressee}\n12 Testing Street, Lower End, Ashworth, ZZ1 2AB", Subject = "Your request", Body = "Dear Lee", CreatedAt = now, NextAttemptAt = now });
            await db.SaveChangesAsync();
        }

        var text = await notify.WaitForAsync(mobile);
        Assert.Equal("sms", text.Type);
        Assert.Equal(mobile, (string?)text.Body["phone_number"]);
        Assert.Equal("Your reference is ABCD-1234", (string?)text.Body["personalisation"]!["body"]);
        var letter = await notify.WaitForAsync(addressee);
        Assert.Equal("letter", letter.Type);
        var lines = Enumerable.Range(1, 7).Select(i => (string?)letter.Body["personalisation"]![$"address_line_{i}"]).TakeWhile(l => l is not null);
        Assert.Equal([addressee, "12 Testing Street", "Lower End", "Ashworth", "ZZ1 2AB"], lines);
        Assert.NotNull((await SettledAsync(mobile)).SentAt);
    }

    [Fact]
    public async Task Send_NotifyRefusesTheMessage_NotRetriedShownToAdministratorsAndSentAgain()
    {
        var email = Residents.NewEmail();
        notify.NotInTeam[email] = true;
        var (c, _) = await CaseAsync();
        // The case above is only for its service; the refused message is this resident's own.
        await using (app.Scope(out var db))
        {
            var now = DateTime.UtcNow;
            db.OutboxMessages.Add(new() { Kind = MessageKind.Email, Recipient = email, Subject = $"About {c.Reference}", Body = "Hello", CaseId = c.Id, CreatedAt = now, NextAttemptAt = now });
            await db.SaveChangesAsync();
        }

        var refused = await SettledAsync(email);
        Assert.Null(refused.SentAt);
        Assert.Equal(1, refused.Attempts);
        Assert.Contains("team-only API key", refused.LastError);
        var admin = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await admin.GetAsync(StaffLinks.UndeliveredMessages);
        var row = admin.Page.QuerySelectorAll("#not-sent tr").Single(r => r.TextContent.Contains($"About {c.Reference}"));
        Assert.Contains("team-only API key", row.TextContent);

        notify.NotInTeam.TryRemove(email, out _);
        await admin.SubmitRawAsync($"{StaffLinks.UndeliveredMessages}?handler=SendAgain&id={refused.Id}", admin.AntiforgeryToken);
        Assert.Contains("will be sent again", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        for (var i = 0; i < 200; i++)
        {
            await using (app.Scope(out var db))
                if ((await db.OutboxMessages.SingleAsync(m => m.Id == refused.Id)).SentAt is not null) return;
            await Task.Delay(100);
        }
        Assert.Fail("The message sent again did not go");
    }

    [Fact]
    public async Task Send_RateLimitedThenNotifyDown_BacksOffAndSendsOnceEachTime()
    {
        // Far in the future, so the app's own outbox job never sees this message as due; this test's sender runs on its clock.
        var clock = new FakeTimeProvider(new DateTimeOffset(2099, 3, 1, 9, 0, 0, TimeSpan.Zero));
        var email = Residents.NewEmail();
        long id;
        await using (app.Scope(out var db))
        {
            var message = new OutboxMessage { Recipient = email, Subject = "Try again", Body = "Hello", CreatedAt = clock.GetUtcNow().UtcDateTime, NextAttemptAt = clock.GetUtcNow().UtcDateTime };
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            id = message.Id;
        }
        notify.Failures[email] = new([429, 503]);
        var sender = new OutboxSender(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Services.GetServices<IMessageSender>(), clock,
            Options.Create(new OutboxOptions { FirstRetrySeconds = 30, MaxAttempts = 5 }),
            app.Services.GetRequiredService<FrontDoor.Data.GroupCommit>(), NullLogger<OutboxSender>.Instance);

        await sender.SendBatchAsync(default);
        clock.Advance(TimeSpan.FromSeconds(31));
        await sender.SendBatchAsync(default);
        clock.Advance(TimeSpan.FromSeconds(61));
        await sender.SendBatchAsync(default);

        await using (app.Scope(out var db))
        {
            var message = await db.OutboxMessages.Include(m => m.DeliveryAttempts).SingleAsync(m => m.Id == id);
            Assert.NotNull(message.SentAt);
            Assert.Equal([false, false, true], message.DeliveryAttempts.OrderBy(a => a.Id).Select(a => a.Succeeded));
            Assert.Contains("429", message.DeliveryAttempts.OrderBy(a => a.Id).First().Error);
        }
        // One request an attempt: the HTTP handler never repeats a POST that Notify might already have acted on.
        Assert.Equal(3, notify.Requests.Count(r => (string?)r.Body["email_address"] == email));
    }

    async Task<HttpResponseMessage> ReceiptAsync(string? token, object body)
    {
        var client = app.CreateClient();
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.PostAsJsonAsync(DeliveryReceiptsEndpoint.Path, body);
    }

    [Fact]
    public async Task DeliveryReceipt_PermanentFailure_ShownOnCaseAndCustomerAndTheEmailNoLongerUsed()
    {
        var (c, email) = await CaseAsync(phone: "07700900456");
        var sent = await SettledAsync(email);
        var receipt = new { id = sent.ProviderId, reference = OutboxSender.Reference(sent), to = email, status = "permanent-failure",
            created_at = "2026-12-04T10:00:00.000000Z", completed_at = "2026-12-04T10:01:00.000000Z", sent_at = "2026-12-04T10:00:05.000000Z",
            notification_type = "email", template_id = FakeNotify.EmailTemplate, template_version = 1 };

        Assert.Equal(HttpStatusCode.Unauthorized, (await ReceiptAsync(null, receipt)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await ReceiptAsync("not-the-token-at-all", receipt)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ReceiptAsync(NotifySettings.CallbackToken, new { id = sent.ProviderId })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ReceiptAsync(NotifySettings.CallbackToken, receipt)).StatusCode);
        // Notify may send a receipt again: it is recorded once.
        Assert.Equal(HttpStatusCode.NoContent, (await ReceiptAsync(NotifySettings.CallbackToken, receipt)).StatusCode);

        await using (app.Scope(out var db))
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.Id == sent.Id);
            Assert.Equal(DeliveryStatus.PermanentFailure, message.DeliveryStatus);
            Assert.Equal(new DateTime(2026, 12, 4, 10, 1, 0, DateTimeKind.Utc), message.DeliveryStatusAt);
            var failed = Assert.Single(await db.TimelineEvents.Where(t => t.CaseId == c.Id && t.Type == TimelineEventType.NotificationFailed).ToListAsync());
            Assert.Contains("does not work", failed.Text);
            var customer = await db.Customers.Include(x => x.ContactPoints).SingleAsync(x => x.Id == c.CustomerId);
            Assert.NotNull(customer.ContactPoints.Single(p => p.Kind == ContactPointKind.Email).NotWorkingSince);
            // The next message goes to the mobile they gave instead.
            Assert.Equal(MessageKind.Sms, CaseNotifications.KindFor(customer));
        }
        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        await officer.GetAsync(StaffLinks.Customer(c.CustomerId!.Value));
        Assert.Contains("Not working since", officer.Page.QuerySelector("#contact-points")!.TextContent);
        Assert.Contains("does not work", officer.Page.QuerySelector("#notifications")!.TextContent);
        await officer.GetAsync(StaffLinks.Case(c.Reference));
        Assert.Contains("not delivered", officer.Page.Body!.TextContent);
    }

    [Fact]
    public async Task StatusChecks_NoReceiptCame_AskNotifyAndRecordWhatItSays()
    {
        var (_, delivered) = await CaseAsync();
        var (_, stillSending) = await CaseAsync();
        var ids = new List<long>();
        foreach (var email in new[] { delivered, stillSending })
        {
            var sent = await SettledAsync(email);
            ids.Add(sent.Id);
            notify.Statuses[sent.ProviderId!] = email == delivered ? "delivered" : "sending";
            await using var scope = app.Scope(out var db);
            // Sent 11 minutes ago: past the wait for a callback.
            await db.OutboxMessages.Where(m => m.Id == sent.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.SentAt, DateTime.UtcNow.AddMinutes(-11)));
        }

        await app.Services.GetRequiredService<DeliveryStatusChecks>().CheckAsync(default);

        await using (app.Scope(out var db))
        {
            Assert.Equal(DeliveryStatus.Delivered, (await db.OutboxMessages.SingleAsync(m => m.Id == ids[0])).DeliveryStatus);
            Assert.Null((await db.OutboxMessages.SingleAsync(m => m.Id == ids[1])).DeliveryStatus);
        }
    }
}

public class NotifyTestsOnSqlite(NotifySqliteApp app) : NotifyTests(app, app.Notify), IClassFixture<NotifySqliteApp>;
public class NotifyTestsOnPostgres(NotifyPostgresApp app) : NotifyTests(app, app.Notify), IClassFixture<NotifyPostgresApp>;

public class NotifyKeyAndAddressTests
{
    [Fact]
    public void ApiKey_AsNotifyShowsIt_ServiceIdAndSecretTakenFromTheEnd()
    {
        var key = NotifyApiKey.Parse("my-key-name-26785a09-ab16-4eb0-8407-a37497a57506-3d844edf-8d35-48ac-975b-e847b4f122b0");
        Assert.Equal(new NotifyApiKey("26785a09-ab16-4eb0-8407-a37497a57506", "3d844edf-8d35-48ac-975b-e847b4f122b0"), key);
        Assert.Null(NotifyApiKey.Parse("26785a09-ab16-4eb0-8407-a37497a57506"));
        Assert.Null(NotifyApiKey.Parse("key-26785a09-ab16-4eb0-8407-a37497a57506-not-a-secret-at-all-but-36-characters"));
    }

    [Fact]
    public void Options_KeyOrTemplateMisTyped_RefusedOnStart()
    {
        var options = new NotifyOptions { ApiKey = "half-a-key", EmailTemplateId = "welcome", CallbackToken = "short" };
        var problems = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(p => p.MemberNames.Single()).ToList();
        Assert.Equal(["ApiKey", "EmailTemplateId", "CallbackToken"], problems);
    }

    [Fact]
    public void AddressLines_LongAddress_MiddleLinesJoinedAndThePostcodeKeptLast()
    {
        var lines = NotifyClient.AddressLines("Sam Long\nFlat 3, The Old Mill, 1 Mill Lane, Lower End, Upper Town, Ashworth, Lancashire, FD1 2AB");
        Assert.Equal(7, lines.Count);
        Assert.Equal("Sam Long", lines[0]);
        Assert.Equal("FD1 2AB", lines[^1]);
        Assert.Equal("Upper Town, Ashworth, Lancashire", lines[^2]);
    }
}
