using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Satisfaction;

/// <summary>The one satisfaction question: a signed link in the message that closes a case, one answer a case, changeable.</summary>
public abstract partial class SatisfactionTests(TestApp app)
{
    [GeneratedRegex(@"https?://\S+(/feedback/\S+)")]
    private static partial Regex FeedbackLink();

    async Task<(Case Case, string Link)> ClosedCaseAsync()
    {
        var c = await TestData.CaseAsync(app);
        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        await officer.GetAsync(StaffLinks.Case(c.Reference) + "/status");
        await officer.SubmitAsync(new Dictionary<string, string> { ["status"] = "Fixed", ["message"] = "We filled the pothole." });
        await using var scope = app.Scope(out var db);
        var closing = await db.OutboxMessages.Where(m => m.CaseId == c.Id).OrderBy(m => m.Id).LastAsync();
        Assert.StartsWith("Your request has been closed", closing.Subject);
        return (c, FeedbackLink().Match(closing.Body).Groups[1].Value);
    }

    [Fact]
    public async Task ClosingMessage_LinksToTheQuestion_OneAnswerACaseThatCanBeChanged()
    {
        var (c, link) = await ClosedCaseAsync();
        var resident = new Browser(app.CreateClient());
        await resident.GetAsync(link);
        Assert.Contains("Overall, how satisfied are you with how we dealt with your request?", resident.Page.QuerySelector("h1")!.TextContent);
        await resident.SubmitAsync(new Dictionary<string, string> { ["comment"] = "" });
        Assert.Equal(["Select how satisfied you are"], resident.ErrorSummary);
        await resident.SubmitAsync(new Dictionary<string, string> { ["score"] = "4", ["comment"] = "Quick repair" });
        Assert.Contains("Thank you for your feedback", resident.Page.QuerySelector("h1")!.TextContent);

        await resident.GetAsync(link);
        Assert.Equal("4", resident.Page.QuerySelector("input[name=score][checked]")!.GetAttribute("value"));
        await resident.SubmitAsync(new Dictionary<string, string> { ["score"] = "2", ["comment"] = "" });
        await using (var scope = app.Scope(out var db))
        {
            var answer = await db.SatisfactionResponses.SingleAsync(r => r.CaseId == c.Id);
            Assert.Equal((2, null, Channel.Web), (answer.Score, answer.Comment, answer.Channel));
        }

        // The tracking page offers the same question once the request is resolved.
        var tracking = app.Services.GetRequiredService<Features.Tracking.TrackingLinks>().Url("http://localhost", c.Reference);
        var track = await resident.GetAsync(new Uri(tracking).PathAndQuery);
        var offered = track.QuerySelectorAll("a").Single(a => a.TextContent == "Answer one question").GetAttribute("href")!;
        Assert.Contains(c.Reference, (await resident.GetAsync(offered)).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Agent_AsksAtTheEndOfACall_AnswerKeptWithItsChannelAndAudited()
    {
        var (c, _) = await ClosedCaseAsync();
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, null));
        var casePage = await agent.GetAsync(StaffLinks.Case(c.Reference));
        Assert.Contains(casePage.QuerySelectorAll("a"), a => a.GetAttribute("href") == StaffLinks.RecordSatisfaction(c.Reference));
        await agent.GetAsync(StaffLinks.RecordSatisfaction(c.Reference));
        await agent.SubmitAsync(new Dictionary<string, string> { ["comment"] = "", ["channel"] = "Web" });
        Assert.Equal(["Select how satisfied the customer is", "Choose how the customer answered"], agent.ErrorSummary);
        await agent.SubmitAsync(new Dictionary<string, string> { ["score"] = "5", ["comment"] = "Very quick", ["channel"] = "Phone" });
        Assert.Equal(StaffLinks.Case(c.Reference), agent.Path);
        await using (var scope = app.Scope(out var db))
        {
            var answer = await db.SatisfactionResponses.SingleAsync(r => r.CaseId == c.Id);
            Assert.Equal((5, "Very quick", Channel.Phone), (answer.Score, answer.Comment, answer.Channel));
            Assert.True(await db.AuditEntries.AnyAsync(a => a.CaseId == c.Id && a.Action == "Recorded satisfaction answer"));
        }

        // Until a case is resolved there is nothing to ask.
        var open = await TestData.CaseAsync(app);
        await agent.GetAsync(StaffLinks.RecordSatisfaction(open.Reference));
        Assert.Equal(HttpStatusCode.NotFound, agent.Status);
    }

    [Fact]
    public async Task MyAccount_ResolvedRequest_OffersTheQuestion()
    {
        var email = Residents.NewEmail();
        var c = await TestData.CaseAsync(app, email: email);
        var resident = await Residents.SignInAsync(app, email);
        var page = await resident.GetAsync($"/account/requests/{c.Reference}");
        Assert.Equal(HttpStatusCode.OK, resident.Status);
        Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.TextContent == "Answer one question");

        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        await officer.GetAsync(StaffLinks.ChangeStatus(c.Reference));
        await officer.SubmitAsync(new Dictionary<string, string> { ["status"] = "Fixed", ["message"] = "Filled." });
        page = await resident.GetAsync($"/account/requests/{c.Reference}");
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent == "Answer one question").GetAttribute("href")!;
        await resident.GetAsync(link);
        await resident.SubmitAsync(new Dictionary<string, string> { ["score"] = "3", ["comment"] = "" });
        await using var scope = app.Scope(out var db);
        Assert.Equal(3, (await db.SatisfactionResponses.SingleAsync(r => r.CaseId == c.Id)).Score);
    }

    [Fact]
    public async Task Link_TamperedOrForAnOpenCase_NotFound()
    {
        var (_, link) = await ClosedCaseAsync();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(link[..^3] + "abc")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/feedback/not-a-token")).StatusCode);

        var open = await TestData.CaseAsync(app);
        var token = app.Services.GetRequiredService<Features.Satisfaction.SatisfactionLinks>().Token(open.Reference);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/feedback/{token}")).StatusCode);
    }
}

public class SatisfactionTestsOnSqlite(SqliteApp app) : SatisfactionTests(app);
public class SatisfactionTestsOnPostgres(PostgresApp app) : SatisfactionTests(app);
