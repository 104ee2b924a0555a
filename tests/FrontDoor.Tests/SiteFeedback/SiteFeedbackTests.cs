using System.Net;
using FrontDoor.Features.Performance;
using FrontDoor.Features.SiteFeedback;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.SiteFeedback;

/// <summary>"Is this page useful?", "Report a problem with this page" and "What did you think of this service?", as plain forms.</summary>
public abstract class SiteFeedbackTests(TestApp app)
{
    [Fact]
    public async Task PageUseful_Yes_BackToThePageWithThanks_KeptAsTheRouteNotTheAddress()
    {
        var c = await TestData.CaseAsync(app);
        var resident = new Browser(app.CreateClient());
        var tracking = app.Services.GetRequiredService<Features.Tracking.TrackingLinks>().Url("http://localhost", c.Reference);
        var path = new Uri(tracking).PathAndQuery;
        var page = await resident.GetAsync(path);
        var form = page.QuerySelector($"form[action='{FeedbackLinks.Page}']")!;
        Assert.Equal("/track/{reference}", form.QuerySelector("input[name=route]")!.GetAttribute("value"));

        var before = DateTime.UtcNow;
        await resident.SubmitAsync(new Dictionary<string, string> { ["useful"] = "yes" }, button: "Yes this page is useful");
        Assert.Equal(new Uri(tracking).AbsolutePath, resident.Path);
        Assert.Equal("Thank you for your feedback", resident.Page.QuerySelector(".app-page-feedback [role=status]")!.TextContent.Trim());
        await using var scope = app.Scope(out var db);
        var saved = await db.PageFeedback.Where(f => f.At >= before && f.Page == "/track/{reference}").ToListAsync();
        Assert.Contains(saved, f => f.Kind == PageFeedbackKind.Useful);
        Assert.DoesNotContain(await db.PageFeedback.Select(f => f.Page).ToListAsync(), p => p.Contains(c.Reference));
    }

    [Fact]
    public async Task PageUseful_No_AsksWhatWentWrong_AndStaffReadIt()
    {
        var resident = new Browser(app.CreateClient());
        await resident.GetAsync("/services");
        await resident.SubmitAsync(new Dictionary<string, string> { ["useful"] = "no" }, button: "No this page is not useful");
        Assert.Equal(FeedbackLinks.Problem, resident.Path);
        await resident.SubmitAsync(new Dictionary<string, string> { ["doing"] = "", ["wentWrong"] = "" });
        Assert.Equal(["Enter what went wrong"], resident.ErrorSummary);
        var problem = $"The list stops at M {Guid.NewGuid():N}";
        await resident.SubmitAsync(new Dictionary<string, string> { ["doing"] = "Looking for parking", ["wentWrong"] = problem });
        Assert.Contains("Thank you for your feedback", resident.Page.QuerySelector("h1")!.TextContent);
        Assert.Equal("/services", resident.Page.QuerySelectorAll("a").First(a => a.TextContent == "Go back to the page you were on").GetAttribute("href"));

        // The dashboard shows what the figures job's last round counted: run one.
        await using (var scope = app.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Features.Performance.FigureRollup>().RefreshAsync(default);
        var leader = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.TeamLeader, "Highways"));
        var dashboard = await leader.GetAsync("/staff/performance");
        var row = dashboard.QuerySelectorAll("#page-feedback tbody tr").Single(r => r.Children[0].TextContent.Trim() == "/services");
        Assert.NotEqual("0", row.Children[2].TextContent.Trim());
        Assert.NotEqual("0", row.Children[4].TextContent.Trim());
        var problems = await leader.GetAsync(dashboard.QuerySelectorAll("a").Single(a => a.TextContent == "Read the problems reported with pages").GetAttribute("href")!);
        Assert.Contains(problem, problems.QuerySelector("main")!.TextContent);
        // Staff pages ask nothing of their own.
        Assert.Null(problems.QuerySelector(".app-page-feedback"));
    }

    [Fact]
    public async Task PageFeedback_UnknownPageOrAwayAddress_RefusedOrSentHome()
    {
        var resident = new Browser(app.CreateClient());
        // A page with a form of its own gives the visitor their token (a public page, cached for everyone, carries none).
        await resident.GetAsync(FeedbackLinks.ProblemWith("/services", "/services"));
        var token = resident.AntiforgeryToken;
        await resident.SubmitRawAsync(FeedbackLinks.Page, token, ("route", "/no/such/page"), ("useful", "yes"));
        Assert.Equal(HttpStatusCode.BadRequest, resident.Status);
        await resident.SubmitRawAsync(FeedbackLinks.Page, token, ("route", "/services"), ("useful", "yes"), ("return", "//evil.example/x"));
        Assert.Equal("/", resident.Path);
        await resident.GetAsync(FeedbackLinks.ProblemWith("/no/such/page", "/"));
        Assert.Equal(HttpStatusCode.NotFound, resident.Status);
    }

    [Fact]
    public async Task PageFeedback_FromOneAddressTooOften_TooManyRequests()
    {
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("SiteFeedback:RequestsPerMinute", "2"));
        var resident = new Browser(host.CreateClient());
        // A page with a form of its own gives the visitor their token (a public page, cached for everyone, carries none).
        await resident.GetAsync(FeedbackLinks.ProblemWith("/services", "/services"));
        var token = resident.AntiforgeryToken;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            await resident.SubmitRawAsync(FeedbackLinks.Page, token, ("route", "/services"), ("useful", "yes"));
            statuses.Add(resident.Status);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task ServiceFeedback_OfferedWhenTheFormIsSent_AnonymousAndOnTheDashboard()
    {
        var service = await TestData.ServiceAsync(app);
        var resident = new Browser(app.CreateClient());
        await Journey.ToCheckAnswersAsync(app, resident, service, Residents.NewEmail());
        await resident.SubmitAsync();
        var link = resident.Page.QuerySelectorAll("a").Single(a => a.TextContent == "What did you think of this service?").GetAttribute("href")!;
        Assert.Equal(FeedbackLinks.Service(service.Slug), link);
        await resident.GetAsync(link);
        await resident.SubmitAsync(new Dictionary<string, string> { ["improve"] = "" });
        Assert.Equal(["Select how you felt about the service"], resident.ErrorSummary);
        await resident.SubmitAsync(new Dictionary<string, string> { ["score"] = "4", ["improve"] = "Ask for the photo earlier" });
        Assert.Contains("Thank you for your feedback", resident.Page.QuerySelector("h1")!.TextContent);

        await using (var scope = app.Scope(out var db))
        {
            var answer = await db.ServiceFeedback.SingleAsync(f => f.ServiceId == service.Id);
            Assert.Equal((4, "Ask for the photo earlier"), (answer.Score, answer.Improve));
        }
        var leader = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.TeamLeader, "Highways"));
        var dashboard = await leader.GetAsync($"/staff/performance?service={service.Id}");
        Assert.Equal(["1", "4.0 out of 5", "100%"], dashboard.QuerySelectorAll("#form-satisfaction tbody tr td").Select(td => td.TextContent.Trim()));
    }
}

public class SiteFeedbackTestsOnSqlite(SqliteApp app) : SiteFeedbackTests(app);
public class SiteFeedbackTestsOnPostgres(PostgresApp app) : SiteFeedbackTests(app);
