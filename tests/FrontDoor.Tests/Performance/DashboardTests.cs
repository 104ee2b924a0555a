using System.Net;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Performance;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Performance;

/// <summary>The dashboard as a team leader uses it: filters, their mistakes, and each table as a spreadsheet.</summary>
public abstract class DashboardTests(TestApp app)
{
    static string ThisMonth => Period.Month(UkDates.DayOf(DateTime.UtcNow)).Code;

    async Task RefreshAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<FigureRollup>().RefreshAsync(default);
    }

    [Fact]
    public async Task Dashboard_OneService_ShowsItsFiguresAndDownloadsEachTableAsCsv()
    {
        // A name a spreadsheet would run as a formula, if the file let it.
        var service = await TestData.ServiceAsync(app, s => s.Name = $"=SUM(1+1) {Guid.NewGuid():N}");
        await TestData.CaseAsync(app, service);
        await TestData.CaseAsync(app, service, channel: Features.Cases.Channel.Phone);
        await RefreshAsync();

        var leader = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.TeamLeader, "Highways"));
        var page = await leader.GetAsync($"/staff/performance?period={ThisMonth}&service={service.Id}");
        Assert.Equal(HttpStatusCode.OK, leader.Status);
        var channels = page.QuerySelector("#channels table")!;
        Assert.Equal(["Online form 1 50% 0", "Phone 1 50% 0"],
            channels.QuerySelectorAll("tbody tr").Select(r => string.Join(' ', r.Children.Select(c => c.TextContent.Trim()))));
        Assert.NotNull(page.QuerySelector("#channels svg.app-chart[aria-hidden=true]"));

        var link = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("‘Requests by channel’ as a spreadsheet")).GetAttribute("href")!;
        var csv = await leader.Client.GetAsync(link);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Channel,Requests,Share of requests," + Period.FromCode(ThisMonth)!.Previous.Text, "Online form,1,50,0", "Phone,1,50,0"], lines);

        var services = await (await leader.Client.GetAsync($"/staff/performance/services.csv?period={ThisMonth}&service={service.Id}")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("\n=SUM", services);
        Assert.Contains("'=SUM(1+1)", services);
    }

    [Fact]
    public async Task Dashboard_FiltersWrong_SaysWhatIsWrongByEachField()
    {
        var leader = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.TeamLeader, "Highways"));
        await leader.GetAsync("/staff/performance?period=custom&from-day=31&from-month=2&from-year=2026&service=abc&channel=Teleport");
        Assert.Equal(HttpStatusCode.OK, leader.Status);
        Assert.Equal(["The start date must be a real date, like 1 4 2026", "Enter the end date of the range", "Choose a service from the list", "Choose a channel from the list"],
            leader.ErrorSummary);
        await leader.GetAsync("/staff/performance?period=custom&from-day=10&from-month=11&from-year=2026&to-day=9&to-month=11&to-year=2026");
        Assert.Equal(["The end date must be the same as or after the start date"], leader.ErrorSummary);
        await leader.GetAsync("/staff/performance?period=month-2026-13");
        Assert.Equal(["Choose a period from the list"], leader.ErrorSummary);
        Assert.Equal(HttpStatusCode.BadRequest, (await leader.Client.GetAsync("/staff/performance/summary.csv?period=nonsense")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await leader.Client.GetAsync("/staff/performance/nothing.csv")).StatusCode);

        // A range of days is written as one.
        var page = await leader.GetAsync("/staff/performance?period=custom&from-day=3&from-month=11&from-year=2026&to-day=16&to-month=11&to-year=2026");
        Assert.Equal("3 November 2026 to 16 November 2026", page.QuerySelector("h1")!.TextContent.Trim());
    }
}

public class DashboardTestsOnSqlite(SqliteApp app) : DashboardTests(app);
public class DashboardTestsOnPostgres(PostgresApp app) : DashboardTests(app);
