using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Performance;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Performance;

/// <summary>
/// What the dashboard holds between rollup rounds. A database of its own: a round finds nothing new only if nothing
/// else is writing, and the other figure tests write at other times on their own clocks.
/// </summary>
public abstract class FigureCacheTests(TestApp app)
{
    [Fact]
    public async Task DashboardAndComplaintsReport_HeldUntilARoundChangesTheFigures()
    {
        var clock = new FakeTimeProvider(FigureTests.Monday2November.AddDays(10));
        await using var host = app.WithClock(clock);
        var s = new FigureTests.Scenario(host, clock, await TestData.ServiceAsync(app));
        await s.RebuildAsync();
        await s.RequestAsync(Channel.Web);
        await s.RefreshAsync();
        var leader = host.CreateClient();
        leader.DefaultRequestHeaders.Add(TestSignIn.StaffHeader, (await StaffAccounts.CreateAsync(app, StaffRole.TeamLeader, "Highways")).Id.ToString());
        var staff = new Browser(leader);
        async Task<(string Requests, string Complaints)> ReadAsync() => (
            Cell(await staff.GetAsync($"/staff/performance?period=month-2026-11&service={s.Service.Id}"), "summary", "Requests received"),
            Cell(await staff.GetAsync($"/staff/performance/complaints?period=month-2026-11&service={s.Service.Id}"), "stages", "Stage 1"));
        Assert.Equal(("1", "0"), await ReadAsync());

        // Between rounds, what was read is what everyone gets, even when the stored rows are changed under it.
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<FrontDoorDb>().CaseFigures.Where(r => r.ServiceId == s.Service.Id)
                .ExecuteUpdateAsync(r => r.SetProperty(f => f.Received, 100));
        var resident = new Browser(host.CreateClient());
        await resident.GetAsync(Features.Complaints.ComplaintLinks.New);
        await resident.SubmitAsync(new Dictionary<string, string> { ["kind"] = "complaint", ["service"] = s.Service.Slug, ["details"] = "No one came.", ["fullName"] = "Ali", ["email"] = Residents.NewEmail() });
        await s.RequestAsync(Channel.Phone);
        Assert.Equal(("1", "0"), await ReadAsync());

        // The next round counts again, and both are read afresh.
        clock.Advance(TimeSpan.FromMinutes(1));
        await s.RefreshAsync();
        Assert.Equal(("2", "1"), await ReadAsync());

        // Once the rounds have looked back past every change, a round that finds nothing new changes nothing, so what
        // was read still holds. (The app's own sender stamps its messages with the real time; on one clock they were sent now.)
        await AllSentAsync(host, clock.GetUtcNow().UtcDateTime);
        clock.Advance(TimeSpan.FromMinutes(10));
        await s.RefreshAsync();
        Assert.Equal(("2", "1"), await ReadAsync());
        await using (var scope = host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<FrontDoorDb>().CaseFigures.Where(r => r.ServiceId == s.Service.Id)
                .ExecuteUpdateAsync(r => r.SetProperty(f => f.Received, 100));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(0, await s.RefreshAsync());
        Assert.Equal(("2", "1"), await ReadAsync());
    }

    [Fact]
    public async Task RequestsThatMissTogether_WaitForOneRead_AndReadForThemselvesIfItFails()
    {
        var reads = 0;
        var release = new TaskCompletionSource();
        async Task<string> ReadAsync(string result)
        {
            Interlocked.Increment(ref reads);
            await release.Task;
            return result == "fail" ? throw new InvalidOperationException("The first request's connection closed") : result;
        }
        async Task<string> GetAsync(object key, string result)
        {
            await using var scope = app.Services.CreateAsyncScope();
            return (await scope.ServiceProvider.GetRequiredService<FigureCache>().GetAsync(key, () => ReadAsync(result), default)).Value;
        }

        var together = Enumerable.Range(0, 5).Select(i => GetAsync("together", $"read {i}")).ToList();
        await WaitUntilAsync(() => reads == 1);
        release.SetResult();
        var answers = await Task.WhenAll(together);
        Assert.Equal(1, reads);
        Assert.Single(answers.Distinct());

        // The first read fails; the one waiting for it reads again for itself rather than failing too.
        (reads, release) = (0, new TaskCompletionSource());
        var failing = GetAsync("failing", "fail");
        await WaitUntilAsync(() => reads == 1);
        var waiting = GetAsync("failing", "its own");
        await Task.Delay(200);
        release.SetResult();
        await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal("its own", await waiting);
        Assert.Equal(2, reads);
    }

    static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var tries = 0; !condition(); tries++)
        {
            Assert.True(tries < 300, "Timed out");
            await Task.Delay(10);
        }
    }

    static async Task AllSentAsync(WebApplicationFactory<Program> host, DateTime at)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        for (var tries = 0; await db.OutboxMessages.AnyAsync(m => m.SentAt == null || m.LockedBy != null); tries++)
        {
            Assert.True(tries < 300, "The outbox was not sent");
            await Task.Delay(100);
        }
        await db.OutboxMessages.Where(m => m.SentAt > at).ExecuteUpdateAsync(m => m.SetProperty(x => x.SentAt, at));
    }

    static string Cell(AngleSharp.Dom.IDocument page, string table, string row) =>
        page.QuerySelectorAll($"#{table} tbody tr").Single(r => r.Children[0].TextContent.Trim() == row).Children[1].TextContent.Trim();
}

public class FigureCacheTestsOnSqlite(OwnSqliteApp app) : FigureCacheTests(app), IClassFixture<OwnSqliteApp>;
public class FigureCacheTestsOnPostgres(OwnPostgresApp app) : FigureCacheTests(app), IClassFixture<OwnPostgresApp>;
