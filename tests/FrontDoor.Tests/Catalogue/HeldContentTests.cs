using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Events;
using FrontDoor.Tests.Infrastructure;
using FrontDoor.Tests.Open311;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Catalogue;

/// <summary>
/// A service a connected system names, with its team, is held in each node's memory (Features/Catalogue/HeldContent).
/// A change made behind the app's back shows that it is held; a change saved through the app lets go of it, at once on
/// the node that saved it and within seconds on the other.
/// </summary>
public abstract class HeldContentTests(TwoNodes nodes)
{
    TestApp A => nodes.First;
    TestApp B => nodes.Second;

    static async Task<int> ReportAsync(TestApp app, Service service, string key)
    {
        var (status, _) = await new Open311Client(app).PostXmlAsync("v2/requests.xml",
            ("api_key", key), ("service_code", service.Slug), ("lat", "53.75"), ("long", "-2.48"), ("first_name", "Hal"), ("last_name", "Held"),
            ("email", $"hal-{Guid.NewGuid():N}@example.com"), ("description", "A hole"), ("attribute[where_on_road]", "road"), ("attribute[depth]", "deep"));
        return status;
    }

    static async Task SetStatusQuietlyAsync(TestApp app, Service service, ServiceStatus status)
    {
        await using var scope = app.Scope(out var db);
        await db.Services.Where(s => s.Id == service.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, status));
    }

    /// <summary>
    /// Retires the service behind the app's back and reports once more: accepted, as the node still holds the service.
    /// The nodes' watchers let go once more after the service was made, which may come between the two: then it tries again.
    /// </summary>
    static async Task<int> HeldWhenRetiredQuietlyAsync(TestApp app, Service service, string key)
    {
        for (var attempt = 1; ; attempt++)
        {
            Assert.Equal(200, await ReportAsync(app, service, key));
            await SetStatusQuietlyAsync(app, service, ServiceStatus.Retired);
            var status = await ReportAsync(app, service, key);
            if (status == 200 || attempt == 50) return status;
            await SetStatusQuietlyAsync(app, service, ServiceStatus.Live);
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task AServiceRetiredInTheApp_IsRefusedAtOnceOnItsNode_AndSoonOnTheOther()
    {
        var service = await TestData.ServiceAsync(A);
        var (_, key) = await ApiTestClients.CreateAsync(A, [ApiScopes.WriteCases]);
        Assert.Equal(200, await ReportAsync(A, service, key));
        Assert.Equal(200, await ReportAsync(B, service, key));

        Assert.Equal(200, await HeldWhenRetiredQuietlyAsync(A, service, key));

        await using (A.Scope(out var db))
        {
            var saved = await db.Services.SingleAsync(s => s.Id == service.Id);
            // The database already says retired, so the name is what makes this a change for the app to save.
            saved.Status = ServiceStatus.Retired;
            saved.Name += " (retired in the app)";
            await db.SaveChangesAsync();
        }
        Assert.Equal(404, await ReportAsync(A, service, key));
        // B looks for changes every 0.2 s here; a few seconds is plenty, however slow the machine.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await ReportAsync(B, service, key) == 200 && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Equal(404, await ReportAsync(B, service, key));
    }

    [Fact]
    public async Task ATeamRenamedInTheApp_IsNamedByTheNextRequest()
    {
        var team = $"Held team {Guid.NewGuid():N}";
        var service = await TestData.ServiceAsync(A, team: team);
        var (_, key) = await ApiTestClients.CreateAsync(A, [ApiScopes.WriteCases]);
        Assert.Equal(200, await ReportAsync(A, service, key));

        await using (A.Scope(out var db))
        {
            var saved = await db.Teams.SingleAsync(t => t.Name == team);
            saved.Name = team + " renamed";
            await db.SaveChangesAsync();
        }
        Assert.Equal(200, await ReportAsync(A, service, key));
        await using (A.Scope(out var db))
        {
            var newest = await db.OutboxEvents.Where(e => e.Type == EventTypes.CaseCreated).OrderByDescending(e => e.Id).Take(20)
                .Select(e => e.PayloadJson).ToListAsync();
            Assert.Contains(newest, p => p.Contains($"\"{team} renamed\""));
        }
    }
}

public class HeldContentTestsOnSqlite(TwoSqliteNodes nodes) : HeldContentTests(nodes), IClassFixture<TwoSqliteNodes>;
public class HeldContentTestsOnPostgres(TwoPostgresNodes nodes) : HeldContentTests(nodes), IClassFixture<TwoPostgresNodes>;
