using System.Diagnostics;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Events;
using FrontDoor.Features.Webhooks;
using FrontDoor.Features.Privacy;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Privacy;

/// <summary>The retention schedule on a FrontDoor of its own (a run removes whatever has passed its date, whoever's test made it).</summary>
public abstract class RetentionTests(TestApp app)
{
    async Task<Case> ClosedAsync(DateTime resolvedAt, FrontDoor.Features.Catalogue.Service? service = null)
    {
        var c = await TestData.CaseAsync(app, service);
        await using var scope = app.Scope(out var db);
        await db.Cases.Where(x => x.Id == c.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.ResolvedAt, resolvedAt).SetProperty(x => x.Status, CaseStatus.Fixed));
        // The customer last changed with the case.
        await db.Customers.Where(x => x.Id == c.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.UpdatedAt, resolvedAt));
        return c;
    }

    async Task<RetentionReport> RunAsync(bool reportOnly)
    {
        await using var scope = app.Scope(out _);
        return await scope.ServiceProvider.GetRequiredService<Retention>().RunAsync(reportOnly, null, default);
    }

    [Fact]
    public async Task Run_ReportOnlyThenForReal_AnonymisesWhatHasPassedItsDateAndNothingElse()
    {
        var now = DateTime.UtcNow;
        var shortService = await TestData.ServiceAsync(app, s => s.RetentionYears = 2);
        var old = await ClosedAsync(now.AddYears(-7));
        var shortKept = await ClosedAsync(now.AddYears(-3), shortService);
        var recent = await ClosedAsync(now.AddYears(-5));
        var held = await ClosedAsync(now.AddYears(-8));
        var open = await TestData.CaseAsync(app);
        await using (app.Scope(out var db))
        {
            await db.Customers.Where(x => x.Id == held.CustomerId).ExecuteUpdateAsync(s => s.SetProperty(x => x.LegalHoldReason, "Ombudsman investigation"));
            await db.Cases.Where(x => x.Id == open.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, now.AddYears(-9)));
            db.Drafts.Add(new() { Id = Guid.NewGuid(), ServiceId = old.ServiceId, StartedAt = now.AddDays(-40), UpdatedAt = now.AddDays(-31) });
            await db.SaveChangesAsync();
        }

        // A report counts the customers already without identified cases; the customers of the cases it would anonymise
        // are counted by the run that anonymises them.
        var preview = await RunAsync(reportOnly: true);
        Assert.Equal((2, 1), (preview.Cases, preview.Drafts));
        await using (app.Scope(out var db))
            Assert.False(await db.Cases.AnyAsync(x => x.AnonymisedAt != null));

        var report = await RunAsync(reportOnly: false);

        Assert.Equal((2, 1, 1), (report.Cases, report.Customers, report.Drafts));
        await using (app.Scope(out var db))
        {
            var anonymised = await db.Cases.Where(x => x.AnonymisedAt != null).Select(x => x.Id).ToListAsync();
            Assert.Equal(new[] { old.Id, shortKept.Id }.Order(), anonymised.Order());
            Assert.Equal(CustomerErasure.ErasedName, (await db.Customers.SingleAsync(x => x.Id == old.CustomerId)).FullName);
            Assert.Equal("Pat Pothole", (await db.Customers.SingleAsync(x => x.Id == held.CustomerId)).FullName);
            Assert.Equal("Pat Pothole", (await db.Customers.SingleAsync(x => x.Id == recent.CustomerId)).FullName);
            // Their case's service keeps cases 2 years, but a customer record is kept the council's years from its last change.
            Assert.Equal("Pat Pothole", (await db.Customers.SingleAsync(x => x.Id == shortKept.CustomerId)).FullName);
            Assert.NotNull((await db.Cases.SingleAsync(x => x.Id == open.Id)).CustomerId);
            Assert.Contains(await db.AuditEntries.Select(e => e.Action).ToListAsync(), a => a.StartsWith("Retention: anonymised 2 closed cases, erased 1 customers"));
        }
        // Nothing is left to do: a second run changes nothing.
        Assert.Equal((0, 0), ((await RunAsync(reportOnly: false)).Cases, (await RunAsync(reportOnly: true)).Customers));
    }

    [Fact]
    public async Task Run_DeletesEventsHandedOnLongAgoWithTheirDeliveries_ButNotOnesStillBeingTried()
    {
        var now = DateTime.UtcNow;
        var (clientId, _) = await ApiTestClients.CreateAsync(app, [FrontDoor.Features.ApiClients.ApiScopes.ReadCases]);
        OutboxEvent Event(int daysAgo) => new() { Type = EventTypes.CaseUpdated, PayloadJson = "{}", CreatedAt = now.AddDays(-daysAgo), DeliveredAt = now.AddDays(-daysAgo) };
        var (old, sentAgain, recent) = (Event(31), Event(40), Event(29));
        await using (app.Scope(out var db))
        {
            // Removed, so the app's own dispatcher hands it nothing new while the test runs.
            var subscription = new WebhookSubscription { ApiClientId = clientId, Url = "https://example.org/hook", EventTypes = EventTypes.CaseUpdated, ProtectedSecret = "-", CreatedAt = now, RemovedAt = now };
            db.WebhookDeliveries.AddRange(
                new WebhookDelivery { Subscription = subscription, Event = old, CreatedAt = old.CreatedAt, NextAttemptAt = old.CreatedAt, DeliveredAt = old.CreatedAt, Attempts = 1,
                    AttemptLog = [new() { At = old.CreatedAt, StatusCode = 200, Succeeded = true }] },
                // Sent again by staff today, and not yet accepted: its event stays while it is tried.
                new WebhookDelivery { Subscription = subscription, Event = sentAgain, CreatedAt = now, NextAttemptAt = new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc) },
                new WebhookDelivery { Subscription = subscription, Event = recent, CreatedAt = recent.CreatedAt, NextAttemptAt = recent.CreatedAt, FailedAt = recent.CreatedAt });
            await db.SaveChangesAsync();
        }

        Assert.Equal(1, (await RunAsync(reportOnly: true)).Events);
        var report = await RunAsync(reportOnly: false);

        Assert.Equal(1, report.Events);
        Assert.Contains("deleted 1 events sent to connected systems", report.Text);
        await using (app.Scope(out var db))
        {
            var ids = new[] { old.Id, sentAgain.Id, recent.Id };
            Assert.Equal(new[] { sentAgain.Id, recent.Id }, await db.OutboxEvents.Where(e => ids.Contains(e.Id)).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync());
            Assert.Equal(2, await db.WebhookDeliveries.CountAsync(d => ids.Contains(d.OutboxEventId)));
            Assert.Equal(0, await db.WebhookAttempts.CountAsync());
        }
    }

    [Fact]
    public async Task SchedulePage_ServiceYearsChangedAndPreviewShown()
    {
        var service = await TestData.ServiceAsync(app);
        var admin = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await admin.GetAsync(StaffLinks.Retention);
        await admin.SubmitAsync(new Dictionary<string, string> { ["service"] = service.Id.ToString(), ["years"] = "none" }, button: "Save");
        Assert.Equal(["Enter a whole number of years from 1 to 100, or leave it empty for the council's default"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string> { ["service"] = service.Id.ToString(), ["years"] = "12" }, button: "Save");
        Assert.Contains($"{service.Name}: closed cases keep their personal data for 12 years", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        await admin.SubmitAsync(button: "See what a run would remove today");
        Assert.StartsWith("Retention (report only", admin.Page.QuerySelector("#preview")!.TextContent.Trim());
        await using var scope = app.Scope(out var db);
        Assert.Equal(12, (await db.Services.SingleAsync(s => s.Id == service.Id)).RetentionYears);
    }

    [Fact]
    public async Task ApplyRetentionCommand_ReportOnly_PrintsWhatItWouldDo()
    {
        var (exitCode, output, error) = await TestSupport.RunAsync(new ProcessStartInfo("dotnet"),
            [typeof(Program).Assembly.Location, .. app.CommandSettings, "apply-retention", "--report-only"]);
        Assert.True(exitCode == 0, output + error);
        Assert.Contains("Retention (report only, nothing changed) would have:", output);
    }
}

public class RetentionTestsOnSqlite(NoJobsSqliteApp app) : RetentionTests(app), IClassFixture<NoJobsSqliteApp>;
public class RetentionTestsOnPostgres(NoJobsPostgresApp app) : RetentionTests(app), IClassFixture<NoJobsPostgresApp>;
