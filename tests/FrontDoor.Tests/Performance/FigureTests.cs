using System.Collections.Concurrent;
using System.Data.Common;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Performance;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Performance;

/// <summary>
/// The figures against a month worked out by hand: requests on three channels, one resolved at first contact, one paused
/// waiting for the customer, one late, one reopened and moved to another team, one chased by phone, two satisfaction
/// answers. Each step is counted by the rollup as it happens; a rebuild from scratch then gives the same rows.
/// </summary>
public abstract class FigureTests(TestApp app)
{
    static readonly Actor Officer = Actor.System("figure tests");
    internal static readonly DateTimeOffset Monday2November = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    internal sealed class Scenario(WebApplicationFactory<Program> host, FakeTimeProvider clock, Service service)
    {
        public FakeTimeProvider Clock => clock;
        public Service Service => service;

        public async Task<string> RequestAsync(Channel channel, bool resolvedAtFirstContact = false, double? latitude = null, double? longitude = null)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitAsync(new IntakeRequest(
                service, TestData.StreetProblemAnswers(), new LocationInput(null, "By the war memorial", latitude, longitude), null,
                new ContactInput("Sam Figures", Residents.NewEmail(), null), channel, "http://localhost",
                ResolvedAtFirstContact: resolvedAtFirstContact), default);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
            return result.Case!.Reference;
        }

        public async Task WorkAsync(string reference, Func<CaseWorkflow, Case, FrontDoorDb, Task<WorkflowResult>> change)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
            var c = await db.Cases.Include(c => c.Service).Include(c => c.Team).Include(c => c.Customer).SingleAsync(c => c.Reference == reference);
            Assert.Equal(WorkflowResult.Saved, await change(scope.ServiceProvider.GetRequiredService<CaseWorkflow>(), c, db));
        }

        public Task StatusAsync(string reference, CaseStatus to, string message = "Done") =>
            WorkAsync(reference, (w, c, _) => w.ChangeStatusAsync(c, c.Version, Officer, to, message, "http://localhost", default));

        public async Task AnswerAsync(string reference, int score)
        {
            var token = host.Services.GetRequiredService<Features.Satisfaction.SatisfactionLinks>().Token(reference);
            var resident = new Browser(host.CreateClient());
            await resident.GetAsync($"/feedback/{token}");
            await resident.SubmitAsync(new Dictionary<string, string> { ["score"] = score.ToString(), ["comment"] = "" });
        }

        public async Task<int> RefreshAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<FigureRollup>().RefreshAsync(default);
        }

        public async Task RebuildAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<FigureRollup>().RebuildAsync(null, default);
        }

        public async Task<List<FigureTable>> DashboardAsync(FigureFilter filter)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var today = Features.Calendar.UkDates.DayOf(clock.GetUtcNow().UtcDateTime);
            return (await scope.ServiceProvider.GetRequiredService<DashboardFigures>().GetAsync(filter, today, default)).View.Tables;
        }
    }

    async Task<Scenario> NovemberAsync(FakeTimeProvider clock, WebApplicationFactory<Program> host)
    {
        var service = await TestData.ServiceAsync(app, s => s.StandardDays = 5);
        var s = new Scenario(host, clock, service);
        // Each test's clock starts in October again: the rollup starts from there too.
        await s.RebuildAsync();

        // October, the period before: one web request, still open.
        await s.RequestAsync(Channel.Web);
        clock.SetUtcNow(Monday2November);
        var onTime = await s.RequestAsync(Channel.Web);
        await s.RequestAsync(Channel.Phone, resolvedAtFirstContact: true);
        var paused = await s.RequestAsync(Channel.Web);
        var late = await s.RequestAsync(Channel.Email);
        var reopened = await s.RequestAsync(Channel.Web);
        var chased = await s.RequestAsync(Channel.Web);
        await s.RefreshAsync();

        clock.Advance(TimeSpan.FromDays(1)); // Tuesday 3 November
        await s.StatusAsync(onTime, CaseStatus.Fixed);
        await s.StatusAsync(paused, CaseStatus.OnHold, "Which side of the road is it?");
        await s.StatusAsync(reopened, CaseStatus.Fixed);
        await s.AnswerAsync(onTime, 5);
        await s.RefreshAsync();

        clock.Advance(TimeSpan.FromDays(1)); // Wednesday 4 November
        await s.StatusAsync(reopened, CaseStatus.Reopened, "It came back");
        var elsewhere = await TestData.TeamAsync(app, "Street Cleaning");
        await s.WorkAsync(reopened, async (w, c, db) => await w.AssignAsync(c, c.Version, Officer, await db.Teams.SingleAsync(t => t.Id == elsewhere.Id), null, c.Priority, default));
        await s.WorkAsync(chased, async (w, c, _) => (await w.RecordContactAsync(c, Officer, Channel.Phone, "Asked when it will be done", default)).Result);
        await s.RefreshAsync();

        clock.SetUtcNow(new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero)); // Tuesday 10 November: the late one is past Monday's due date
        await s.StatusAsync(paused, CaseStatus.InProgress, "Thank you");
        clock.Advance(TimeSpan.FromDays(1));
        await s.StatusAsync(paused, CaseStatus.Fixed);
        await s.StatusAsync(late, CaseStatus.Fixed);
        await s.AnswerAsync(late, 2);
        await s.RefreshAsync();
        return s;
    }

    [Fact]
    public async Task Published_WholeMonthsOnly_SmallCountsWithheldEverywhere()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
        await using var host = app.WithClock(clock);
        var busy = await TestData.ServiceAsync(app, s => s.StandardDays = 5);
        var quiet = await TestData.ServiceAsync(app);
        var s = new Scenario(host, clock, busy);
        await s.RebuildAsync();
        var onTime = new List<string>();
        for (var i = 0; i < 6; i++) onTime.Add(await s.RequestAsync(Channel.Web));
        await s.RequestAsync(Channel.Phone);
        var q = new Scenario(host, clock, quiet);
        await q.RequestAsync(Channel.Web);
        await q.RequestAsync(Channel.Web);
        clock.Advance(TimeSpan.FromDays(1));
        foreach (var reference in onTime.Take(5)) await s.StatusAsync(reference, CaseStatus.Fixed);
        var complainant = new Browser(host.CreateClient());
        await complainant.GetAsync(Features.Complaints.ComplaintLinks.New);
        await complainant.SubmitAsync(new Dictionary<string, string> { ["kind"] = "complaint", ["service"] = busy.Slug, ["details"] = "No one came.", ["fullName"] = "Ali", ["email"] = Residents.NewEmail() });
        await s.RefreshAsync();

        // March is still under way: nothing of it is published.
        var client = host.CreateClient();
        var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/performance/data.json")).RootElement;
        Assert.DoesNotContain(json.GetProperty("rows").EnumerateArray(), r => r.GetProperty("service_code").GetString() == busy.Slug);

        clock.SetUtcNow(new DateTimeOffset(2025, 4, 1, 9, 0, 0, TimeSpan.Zero));
        // Brought up to date, the figures are read afresh: nothing published before is held.
        await s.RefreshAsync();
        json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/performance/data.json")).RootElement;
        Assert.Equal("Open Government Licence v3.0", json.GetProperty("licence").GetString());
        var rows = json.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("service_code").GetString() is var code && (code == busy.Slug || code == quiet.Slug))
            .Select(r => $"{r.GetProperty("month")} {r.GetProperty("service_code")} {r.GetProperty("channel")} {r.GetProperty("requests_received")} {r.GetProperty("resolved")} {r.GetProperty("resolved_within_standard")}")
            .ToList();
        Assert.Equal(new[] { $"2025-03 {busy.Slug} phone  0 0", $"2025-03 {busy.Slug} web 6 5 5", $"2025-03 {quiet.Slug} web  0 0" }.Order(), rows.Order());
        var csv = await client.GetStringAsync("/performance/data.csv");
        Assert.StartsWith("month,service_code,service,standard_working_days,standard_hours,channel,requests_received,resolved,", csv);
        Assert.Contains($"2025-03,{busy.Slug},{busy.Name},5,,web,6,5,5,0,0,0,0\r\n", csv);
        Assert.Contains($"2025-03,{quiet.Slug},{quiet.Name},5,,web,,0,0,0,0,0,0\r\n", csv);

        var page = await new Browser(client).GetAsync("/performance");
        var march = page.QuerySelectorAll("#by-month tbody tr").Single(r => r.Children[0].TextContent.Trim() == "March 2025");
        // Nine requests, eight online: the one that was not could be worked out from the share, so the share is withheld.
        // The complaint is counted (as fewer than five), and not as a request.
        Assert.Equal(["9", "Too few to show", "100%", "No data", "Fewer than 5"], march.Children.Skip(1).Select(c => c.TextContent.Trim()));
        var quietRow = page.QuerySelectorAll("#by-service tbody tr").Single(r => r.Children[0].TextContent.Contains(quiet.Name));
        Assert.Equal("Fewer than 5", quietRow.Children[1].TextContent.Trim());
    }

    [Fact]
    public async Task Hotspots_RequestsWithAPlace_CountedBySquareOfTheGrid()
    {
        var clock = new FakeTimeProvider(Monday2November.AddDays(-7));
        await using var host = app.WithClock(clock);
        var s = new Scenario(host, clock, await TestData.ServiceAsync(app));
        await s.RebuildAsync();
        foreach (var (lat, lon) in new[] { (53.4805, -2.2426), (53.4801, -2.2499), (53.4899, -2.2401), (53.4905, -2.2426) })
            await s.RequestAsync(Channel.Web, latitude: lat, longitude: lon);
        await s.RequestAsync(Channel.Phone);
        await s.RefreshAsync();

        var tables = await s.DashboardAsync(new FigureFilter(Period.Month(new(2026, 10, 1)), ServiceId: s.Service.Id));
        // 53.48 to 53.49 north and 2.24 to 2.25 west holds three; the one just north of it is a square of its own.
        Assert.Equal(new Dictionary<string, string> { ["1. 53.485°N 2.245°W"] = "3", ["2. 53.495°N 2.245°W"] = "1" },
            Column(tables.Single(t => t.Key == DashboardTable.Hotspots.Slug())));
        Assert.Equal(new Dictionary<string, string> { ["No ward"] = "5" }, Column(tables.Single(t => t.Key == DashboardTable.Wards.Slug())));

        // The whole council's map reads the rows that count every service together, and a team's its services' rows:
        // the same squares here, as no other test has a request with a place in October.
        var squares = Column(tables.Single(t => t.Key == DashboardTable.Hotspots.Slug()));
        Assert.Equal(squares, Column((await s.DashboardAsync(new FigureFilter(Period.Month(new(2026, 10, 1))))).Single(t => t.Key == DashboardTable.Hotspots.Slug())));
        Assert.Equal(squares, Column((await s.DashboardAsync(new FigureFilter(Period.Month(new(2026, 10, 1)), TeamId: s.Service.TeamId)))
            .Single(t => t.Key == DashboardTable.Hotspots.Slug())));

        // Pages may load images from nowhere else, until the council configures its own map tiles: then the dashboard
        // draws them under the squares, says whose they are, and may load them from that server.
        var manager = await StaffAccounts.CreateAsync(app, StaffRole.Manager, null);
        async Task<(string Policy, string Html)> DashboardPageAsync(WebApplicationFactory<Program> site)
        {
            var client = site.CreateClient();
            client.DefaultRequestHeaders.Add(TestSignIn.StaffHeader, manager.Id.ToString());
            var response = await client.GetAsync("/staff/performance?period=month-2026-10");
            return (string.Join("", response.Headers.GetValues("Content-Security-Policy")), await response.Content.ReadAsStringAsync());
        }
        var (policy, html) = await DashboardPageAsync(host);
        Assert.Contains("img-src 'self' data:;", policy);
        Assert.DoesNotContain("<image", html);
        await using var tiled = host.WithWebHostBuilder(b => b.UseSetting("Figures:MapTiles", "https://tiles.example.org/{z}/{x}/{y}.png")
            .UseSetting("Figures:MapAttribution", "Example Tiles Ltd"));
        (policy, html) = await DashboardPageAsync(tiled);
        Assert.Contains("img-src 'self' data: https://tiles.example.org;", policy);
        Assert.Contains("<image href=\"https://tiles.example.org/", html);
        Assert.Contains("Map tiles: Example Tiles Ltd", html);
    }

    /// <summary>Notes whether each read of the records counted ran inside a transaction.</summary>
    sealed class RecordReads : DbCommandInterceptor
    {
        public ConcurrentQueue<bool> InTransaction { get; } = new();

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken ct = default)
        {
            if (command.CommandText.Contains(FigureRollup.RecordsTag)) InTransaction.Enqueue(command.Transaction is not null);
            return ValueTask.FromResult(result);
        }
    }

    [Fact]
    public async Task Rollup_ReadsTheRecordsBeforeItsTransactions_SoIntakeIsNotHeldUpWhileItCounts()
    {
        var clock = new FakeTimeProvider(Monday2November);
        var reads = new RecordReads();
        await using var host = app.WithClock(clock).WithWebHostBuilder(b => b.ConfigureTestServices(
            services => services.AddSingleton<IInterceptor>(reads)));
        var s = new Scenario(host, clock, await TestData.ServiceAsync(app));
        await s.RebuildAsync();
        await s.RequestAsync(Channel.Web);
        await s.RefreshAsync();

        // The rebuild reads cases, contacts, forms and messages for each month there are records in (at least this one);
        // the refresh reads the new request's day's cases and contacts.
        Assert.True(reads.InTransaction.Count >= 6, $"{reads.InTransaction.Count} reads of the records");
        Assert.DoesNotContain(true, reads.InTransaction);
    }

    [Fact]
    public async Task TakeUp_TwoRecordsMergedIntoOne_CountOnce()
    {
        var clock = new FakeTimeProvider(Monday2November.AddDays(20));
        await using var host = app.WithClock(clock);
        var s = new Scenario(host, clock, await TestData.ServiceAsync(app));
        var first = await s.RequestAsync(Channel.Web);
        var second = await s.RequestAsync(Channel.Phone);
        await s.RefreshAsync();
        var before = await CustomersAsync();

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
            var merging = scope.ServiceProvider.GetRequiredService<CustomerMerging>();
            var survivor = (await db.Cases.Include(c => c.Customer).SingleAsync(c => c.Reference == first)).Customer!;
            var merged = (await db.Cases.Include(c => c.Customer).SingleAsync(c => c.Reference == second)).Customer!;
            await merging.InTransactionAsync(async () =>
            {
                await merging.MergeAsync(survivor, merged, null, "The same person", default);
                await db.SaveChangesAsync();
            }, default);
        }
        // The next round (a minute on) counts the customers again, and the dashboard reads what it counted.
        clock.Advance(TimeSpan.FromMinutes(1));
        await s.RefreshAsync();
        Assert.Equal(before - 1, await CustomersAsync());

        async Task<long> CustomersAsync()
        {
            var takeUp = (await s.DashboardAsync(new FigureFilter(Period.Month(new(2026, 11, 1))))).Single(t => t.Key == DashboardTable.TakeUp.Slug());
            return long.Parse(Column(takeUp)["Customers"], System.Globalization.NumberStyles.AllowThousands);
        }
    }

    static Dictionary<string, string> Column(FigureTable table, int column = 0) => table.Rows.ToDictionary(r => r.Label, r => r.Values[column].Text);

    [Fact]
    public async Task Dashboard_AMonthWorkedOutByHand_EveryFigureMatches()
    {
        var clock = new FakeTimeProvider(Monday2November.AddDays(-7));
        await using var host = app.WithClock(clock);
        var s = await NovemberAsync(clock, host);

        var tables = await s.DashboardAsync(new FigureFilter(Period.Month(new(2026, 11, 1)), ServiceId: s.Service.Id));
        var summary = tables.Single(t => t.Key == DashboardTable.Summary.Slug());
        Assert.Equal(["Measure", "November 2026", "October 2026"], summary.Columns);
        var now = Column(summary);
        Assert.Equal("6", now["Requests received"]);
        Assert.Equal("66.7%", now["Made online"]); // 4 of 6 by the web form
        Assert.Equal("4", now["Resolved so far"]); // the reopened one is open again
        Assert.Equal("75%", now["Resolved within the service standard"]); // on time, first contact, paused; not the late one
        Assert.Equal("16.7%", now["Resolved at first contact"]);
        Assert.Equal("1", now["Reopened after being closed"]);
        Assert.Equal("1", now["Moves between teams"]);
        Assert.Equal("16.7", now["Progress-chasing contacts per 100 requests"]);
        Assert.Equal("14.3%", now["Progress chasing as a share of all contacts"]); // 1 of 7: six requests and the chase
        Assert.Equal("3.5 out of 5", now["Average satisfaction"]);
        Assert.Equal("50%", now["Satisfied or very satisfied"]);
        Assert.Equal("2", now["Satisfaction answers"]);
        var before = Column(summary, 1);
        Assert.Equal("1", before["Requests received"]);
        Assert.Equal("100%", before["Made online"]);
        Assert.Equal("No data", before["Resolved within the service standard"]);

        Assert.Equal(new Dictionary<string, string> { ["Online form"] = "4", ["Phone"] = "1", ["Email"] = "1" },
            Column(tables.Single(t => t.Key == DashboardTable.Channels.Slug())));
        var teams = tables.Single(t => t.Key == DashboardTable.Teams.Slug());
        // A case counts with the team that has it now, moves and all.
        Assert.Equal(("1", "1"), (Column(teams)["Street Cleaning"], Column(teams, 3)["Street Cleaning"]));
        Assert.Equal(("5", "0"), (Column(teams)["Highways"], Column(teams, 3)["Highways"]));
        // Open now: October's one, the reopened one (now Street Cleaning's) and the chased one.
        Assert.Equal("2", Column(tables.Single(t => t.Key == DashboardTable.Backlog.Slug()))["November 2026"]);
        Assert.Equal("1", Column(tables.Single(t => t.Key == DashboardTable.Backlog.Slug()))["October 2026"]);
        var contacts = tables.Single(t => t.Key == DashboardTable.Contacts.Slug());
        Assert.Equal(["2", "1", "1", "0"], contacts.Rows.Single(r => r.Label == "Phone").Values.Select(v => v.Text));

        // Filters narrow every figure: by channel, and by the team the case is with now.
        var phone = Column((await s.DashboardAsync(new FigureFilter(Period.Month(new(2026, 11, 1)), ServiceId: s.Service.Id, Channel: Channel.Phone)))[0]);
        Assert.Equal(("1", "100%"), (phone["Requests received"], phone["Resolved at first contact"]));
        var team = await TestData.TeamAsync(app, "Street Cleaning");
        var moved = Column((await s.DashboardAsync(new FigureFilter(Period.Month(new(2026, 11, 1)), ServiceId: s.Service.Id, TeamId: team.Id)))[0]);
        Assert.Equal(("1", "0"), (moved["Requests received"], moved["Resolved so far"]));

        // Contacts times FrontDoor's default rates: four by the web at 15p, two by phone at £2.83, one by email at £2.83.
        var cost = Column(tables.Single(t => t.Key == DashboardTable.Cost.Slug()), 1);
        Assert.Equal(("£0.60", "£5.66", "£2.83", "£9.09"), (cost["Online form"], cost["Phone"], cost["Email"], cost["All channels"]));
        Assert.Equal("0.032kg", Column(tables.Single(t => t.Key == DashboardTable.Cost.Slug()), 2)["All channels"]);
        // Against October (one web request at 15p), November's six requests cost £9.09 in contacts, £1.51 each: £8.19 more in all.
        var savings = Column((await s.DashboardAsync(new FigureFilter(Period.Month(new(2026, 11, 1)), ServiceId: s.Service.Id, Baseline: Period.Month(new(2026, 10, 1)))))
            .Single(t => t.Key == DashboardTable.Savings.Slug()));
        Assert.Equal(("£1.51", "-£8.19"), (savings["Cost of contacts for each request"], savings["Saved against the baseline"]));

        // A range of days reads the daily rows: the Monday alone has all six, the Tuesday none.
        var monday = Column((await s.DashboardAsync(new FigureFilter(new Period(PeriodKind.Custom, new(2026, 11, 2), new(2026, 11, 3)), ServiceId: s.Service.Id)))[0]);
        Assert.Equal("6", monday["Requests received"]);
        var tuesday = Column((await s.DashboardAsync(new FigureFilter(new Period(PeriodKind.Custom, new(2026, 11, 3), new(2026, 11, 4)), ServiceId: s.Service.Id)))[0]);
        Assert.Equal("0", tuesday["Requests received"]);
    }

    [Fact]
    public async Task Rebuild_AfterRoundsOfChanges_GivesTheSameRowsAsTheRoundsAndAsCountingTheCases()
    {
        var clock = new FakeTimeProvider(Monday2November.AddDays(-7));
        await using var host = app.WithClock(clock);
        var s = await NovemberAsync(clock, host);
        var counted = await RowsAsync();

        await s.RebuildAsync();
        Assert.Equal(counted, await RowsAsync());

        // And the rows add up to what counting the cases themselves gives.
        await using (var scope = app.Scope(out var db))
        {
            var cases = await db.Cases.AsNoTracking().Where(c => c.ServiceId == s.Service.Id).ToListAsync();
            var answers = await db.SatisfactionResponses.AsNoTracking().Where(a => cases.Select(c => c.Id).Contains(a.CaseId)).ToListAsync();
            var rows = await db.CaseFigures.AsNoTracking().Where(r => r.Span == FigureSpan.Month && r.ServiceId == s.Service.Id).ToListAsync();
            var totals = CaseTotals.Of(rows);
            Assert.Equal(cases.Count, totals.Received);
            Assert.Equal(cases.Count(c => c.ResolvedAt is not null), totals.Resolved);
            Assert.Equal(cases.Count(c => c.ResolvedAt <= c.DueAt), totals.WithinStandard);
            Assert.Equal(cases.Sum(c => c.Transfers), totals.Transfers);
            Assert.Equal(answers.Sum(a => a.Score), totals.Score);
            var dayRows = await db.CaseFigures.AsNoTracking().Where(r => r.Span == FigureSpan.Day && r.ServiceId == s.Service.Id).ToListAsync();
            Assert.Equal(totals, CaseTotals.Of(dayRows));
        }

        // The app's own job keeps sending messages on the real clock, in December: the test's fake months are compared.
        async Task<List<string>> RowsAsync()
        {
            var december = new DateOnly(2026, 12, 1);
            await using var scope = app.Scope(out var db);
            return
            [
                .. (await db.CaseFigures.AsNoTracking().Where(r => r.Start < december).ToListAsync()).Select(Text).Order(),
                .. (await db.ContactFigures.AsNoTracking().Where(r => r.Start < december).ToListAsync()).Select(Text).Order(),
                .. (await db.FormFigures.AsNoTracking().Where(r => r.Start < december).ToListAsync()).Select(Text).Order(),
                .. (await db.AreaFigures.AsNoTracking().Where(r => r.Start < december).ToListAsync()).Select(Text).Order(),
                .. (await db.MessageFigures.AsNoTracking().Where(r => r.Start < december).ToListAsync()).Select(Text).Order(),
            ];
        }
    }

    /// <summary>A row's figures and key without its id, which a rebuild renumbers.</summary>
    static string Text<T>(T row) => System.Text.Json.JsonSerializer.Serialize(row).Split(',', 2)[1];
}

public class FigureTestsOnSqlite(OwnSqliteApp app) : FigureTests(app), IClassFixture<OwnSqliteApp>;
public class FigureTestsOnPostgres(OwnPostgresApp app) : FigureTests(app), IClassFixture<OwnPostgresApp>;
