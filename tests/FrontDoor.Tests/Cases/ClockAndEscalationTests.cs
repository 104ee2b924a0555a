using Microsoft.Extensions.Time.Testing;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using static FrontDoor.Tests.Infrastructure.UkTimes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FrontDoor.Tests.Cases;

/// <summary>The service-standard clock and the escalation job, with time under the test's control.</summary>
public abstract class ClockAndEscalationTests(TestApp app)
{
    WebApplicationFactory<Program> WithClock(FakeTimeProvider clock) => app.WithClock(clock);

    [Fact]
    public async Task OnHoldThenResumed_DueDateMovesByWorkingDaysPaused()
    {
        var clock = new FakeTimeProvider(Uk("2026-12-21 10:00"));
        await using var host = WithClock(clock);
        var c = await TestData.CaseAsync(app);
        await using (app.Scope(out var db))
            await db.Cases.Where(x => x.Id == c.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DueAt, Uk("2026-12-24 23:59:59")));
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browser = await StaffAccounts.SignInAsync(app, officer, clock, host.CreateClient());

        await browser.GetAsync($"/staff/cases/{c.Reference}/status");
        await browser.SubmitAsync(new Dictionary<string, string> { ["status"] = "OnHold", ["message"] = "Which side of the road is it on?" });
        await browser.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Contains("Clock paused", browser.Page.QuerySelector("main")!.TextContent);

        clock.SetUtcNow(Uk("2026-12-29 09:00"));
        browser = await StaffAccounts.SignInAsync(app, officer, clock, host.CreateClient()); // a week later: a new session
        await browser.GetAsync($"/staff/cases/{c.Reference}/status");
        await browser.SubmitAsync(new Dictionary<string, string> { ["status"] = "InProgress" });

        await using var scope = app.Scope(out var check);
        var saved = await check.Cases.SingleAsync(x => x.Id == c.Id);
        Assert.Null(saved.PausedAt);
        Assert.Equal(Uk("2027-01-04 23:59:59"), saved.DueAt);
    }

    [Fact]
    public async Task Escalation_WarnsTeamLeadersOncePerCaseAndThreshold()
    {
        var clock = new FakeTimeProvider(Uk("2026-11-23 09:00"));
        await using var host = WithClock(clock);
        var leader = await StaffAccounts.CreateAsync(app, StaffRole.TeamLeader, "Highways");
        var dueSoon = await TestData.CaseAsync(app);
        var overdue = await TestData.CaseAsync(app);
        var paused = await TestData.CaseAsync(app);
        var later = await TestData.CaseAsync(app);
        await using (app.Scope(out var db))
        {
            await db.Cases.Where(x => x.Id == dueSoon.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DueAt, Uk("2026-11-24 17:00")));
            await db.Cases.Where(x => x.Id == overdue.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DueAt, Uk("2026-11-20 23:59:59")));
            await db.Cases.Where(x => x.Id == paused.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DueAt, Uk("2026-11-20 23:59:59")).SetProperty(x => x.PausedAt, Uk("2026-11-19 10:00")).SetProperty(x => x.Status, CaseStatus.OnHold));
            await db.Cases.Where(x => x.Id == later.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DueAt, Uk("2026-12-04 23:59:59")));
        }
        var job = host.Services.GetRequiredService<EscalationJob>();

        await job.RunOnceAsync(default);
        await job.RunOnceAsync(default);

        var firstWarnings = await WarningsToAsync(leader);
        var first = Assert.Single(firstWarnings);
        Assert.Contains(dueSoon.Reference, first);
        Assert.Contains(overdue.Reference, first);
        Assert.DoesNotContain(paused.Reference, first);
        Assert.DoesNotContain(later.Reference, first);

        clock.SetUtcNow(Uk("2026-11-25 09:00")); // the due-soon case has now breached too
        await job.RunOnceAsync(default);
        await job.RunOnceAsync(default);

        var warnings = await WarningsToAsync(leader);
        Assert.Equal(2, warnings.Count);
        Assert.Contains(dueSoon.Reference, warnings[1]);
        Assert.DoesNotContain(overdue.Reference, warnings[1]);
        await using var scope = app.Scope(out var check);
        var escalations = await check.Escalations.Where(e => e.CaseId == dueSoon.Id || e.CaseId == overdue.Id)
            .OrderBy(e => e.Id).Select(e => new { e.CaseId, e.Threshold }).ToListAsync();
        Assert.Equal(3, escalations.Count);
        Assert.Single(escalations, e => e.CaseId == overdue.Id);
        Assert.Contains(escalations, e => e.CaseId == dueSoon.Id && e.Threshold == EscalationThreshold.Overdue);
    }

    [Fact]
    public async Task Escalation_TeamWithoutALeader_WarnsItsSharedMailbox()
    {
        var clock = new FakeTimeProvider(Uk("2026-11-23 09:00"));
        await using var host = WithClock(clock);
        var team = await TestData.TeamAsync(app, $"Lighting {Guid.NewGuid():N}");
        var mailbox = $"lighting-{Guid.NewGuid():N}@council.example";
        await using (app.Scope(out var db))
            await db.Teams.Where(t => t.Id == team.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Email, mailbox));
        var overdue = await TestData.CaseAsync(app, await TestData.ServiceAsync(app, team: team.Name));
        await using (app.Scope(out var db))
            await db.Cases.Where(x => x.Id == overdue.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DueAt, Uk("2026-11-20 23:59:59")));

        await host.Services.GetRequiredService<EscalationJob>().RunOnceAsync(default);

        await using var scope = app.Scope(out var check);
        var warning = await check.OutboxMessages.SingleAsync(m => m.Recipient == mailbox);
        Assert.Contains(overdue.Reference, warning.Body);
        Assert.StartsWith(team.Name, warning.Subject);
    }

    async Task<List<string>> WarningsToAsync(StaffAccount leader)
    {
        await using var scope = app.Scope(out var db);
        return await db.OutboxMessages.Where(m => m.Recipient == leader.Email).OrderBy(m => m.Id).Select(m => m.Body).ToListAsync();
    }
}

public class ClockAndEscalationTestsOnSqlite(OwnSqliteApp app) : ClockAndEscalationTests(app), IClassFixture<OwnSqliteApp>;
public class ClockAndEscalationTestsOnPostgres(OwnPostgresApp app) : ClockAndEscalationTests(app), IClassFixture<OwnPostgresApp>;
