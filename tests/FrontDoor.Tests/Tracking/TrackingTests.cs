using System.Net;
using FrontDoor.Features.Tracking;
using FrontDoor.Tests.Infrastructure;

namespace FrontDoor.Tests.Tracking;

public abstract class TrackingTests(TestApp app)
{
    async Task<(string Reference, string Email)> ReportAsync()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = new Browser(app.CreateClient());
        var email = $"tracker-{Guid.NewGuid():N}@example.com";
        await Journey.ToCheckAnswersAsync(app, browser, service, email);
        await browser.SubmitAsync();
        return (Journey.Reference(browser.Page), email);
    }

    async Task<Browser> TrackAsync(string reference, string email)
    {
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/track");
        await browser.SubmitAsync(new Dictionary<string, string> { ["reference"] = reference, ["contact"] = email });
        return browser;
    }

    [Fact]
    public async Task Track_RightReferenceAndEmail_ShowsStatusDueDateAndUpdates()
    {
        var (reference, email) = await ReportAsync();
        var browser = await TrackAsync(reference.ToLowerInvariant().Replace("-", ""), email.ToUpperInvariant());
        Assert.Equal($"/track/{reference}", browser.Path);
        var main = browser.Page.QuerySelector("main")!.TextContent;
        Assert.Contains("Received", main);
        Assert.Contains("We aim to deal with it by", main);
        Assert.Contains("Request received by online form", main);
    }

    [Fact]
    public async Task Track_WrongPair_RevealsNothingAboutTheReference()
    {
        var (reference, _) = await ReportAsync();
        var existsWrongEmail = await TrackAsync(reference, "someone-else@example.com");
        var doesNotExist = await TrackAsync("ZZZZ-ZZZZ", "someone-else@example.com");
        var notAReference = await TrackAsync("hello", "someone-else@example.com");

        foreach (var b in new[] { existsWrongEmail, doesNotExist, notAReference })
        {
            Assert.Equal(HttpStatusCode.OK, b.Status);
            Assert.Equal("/track", b.Path);
            Assert.Equal([TrackModel.NotFoundMessage], b.ErrorSummary);
        }
        Assert.Equal(Body(existsWrongEmail).Replace(reference, "X"), Body(doesNotExist).Replace("ZZZZ-ZZZZ", "X"));
    }

    /// <summary>The page as a person sees it: the anti-forgery token differs on every page anyway.</summary>
    static string Body(Browser b) => System.Text.RegularExpressions.Regex.Replace(b.Page.QuerySelector("main")!.InnerHtml, "value=\"CfDJ[^\"]*\"", "");

    [Fact]
    public async Task Track_EmptyFields_ShowsAnErrorForEach()
    {
        var browser = await TrackAsync("", "");
        Assert.Equal(["Enter your reference number", "Enter the email address or phone number you gave us"], browser.ErrorSummary);
    }

    [Fact]
    public async Task TrackCase_WithoutOrWithForgedToken_IsNotFound()
    {
        var (reference, _) = await ReportAsync();
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/track/{reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/track/{reference}?token=abc")).StatusCode);
        var links = (TrackingLinks)app.Services.GetService(typeof(TrackingLinks))!;
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/track/{reference}?token={links.Token("ZZZZ-ZZZZ")}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/track/{reference}?token={links.Token(reference)}")).StatusCode);
    }

    [Fact]
    public async Task TrackCase_BadLink_SaysTheLinkIsNotValidAndOffersTheForm()
    {
        var (reference, _) = await ReportAsync();
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync($"/track/{reference}?token=tampered");
        Assert.Equal(HttpStatusCode.NotFound, browser.Status);
        Assert.Equal("This link is not valid", browser.Page.QuerySelector("h1")!.TextContent.Trim());
        Assert.NotNull(browser.Page.QuerySelector("main a[href='/track']"));
        Assert.DoesNotContain(reference, browser.Page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task TrackCase_Resolved_SaysWhenInsteadOfTheTarget()
    {
        var c = await TestData.CaseAsync(app);
        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, Features.Staff.StaffRole.Officer, "Highways"));
        await officer.GetAsync($"/staff/cases/{c.Reference}/status");
        await officer.SubmitAsync(new Dictionary<string, string> { ["status"] = "Fixed", ["message"] = "Filled today" });
        var links = (TrackingLinks)app.Services.GetService(typeof(TrackingLinks))!;
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync($"/track/{c.Reference}?token={links.Token(c.Reference)}");
        var main = browser.Page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("We aim to deal with it by", main);
        Assert.Contains("Resolved", main);
        Assert.Contains(Features.Calendar.UkDates.Date(DateTime.UtcNow), main);
    }
}

public class TrackingTestsOnSqlite(SqliteApp app) : TrackingTests(app);
public class TrackingTestsOnPostgres(PostgresApp app) : TrackingTests(app);
