using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.ContentPages;

public abstract class ContentPageTests(TestApp app)
{
    [Fact]
    public async Task Administrator_EditsAPageInMarkdown_PreviewsThenPublishes_AndHtmlStaysText()
    {
        var admin = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await admin.GetAsync("/staff/admin/content/contact");
        var text = $"Call us on 01632 960 000.\n\n## Visit us {Guid.NewGuid():N}\n\n- Town Hall\n- <script>alert(1)</script>";
        await admin.SubmitAsync(new Dictionary<string, string> { ["title"] = "", ["body"] = text }, button: "Preview");
        Assert.Equal(["Enter the title"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string> { ["title"] = "Contact us", ["body"] = text }, button: "Preview");
        Assert.StartsWith("Visit us", admin.Page.QuerySelector("#preview h2.govuk-heading-m")!.TextContent);

        await admin.SubmitAsync(new Dictionary<string, string> { ["title"] = "Contact us", ["body"] = text }, button: "Save");
        Assert.Equal("/staff/admin/content", admin.Path);
        var page = await new Browser(app.CreateClient()).GetAsync("/help/contact");
        Assert.Contains("Visit us", page.QuerySelector("main h2")!.TextContent);
        Assert.Null(page.QuerySelector("main script"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("main ul")!.TextContent);
        Assert.Contains("Last updated", page.QuerySelector("main")!.TextContent);
        await using var scope = app.Scope(out var db);
        Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "Changed the content page Contact us");
    }

    [Fact]
    public async Task Cookies_NamesEveryCookieAVisitSets()
    {
        var cookies = (await new Browser(app.CreateClient()).GetAsync("/help/cookies")).QuerySelector("main")!.TextContent;
        // Starting a form sets the draft, the anti-forgery token and the message between pages; signing in, the resident's.
        var service = await TestData.ServiceAsync(app);
        var visit = app.CreateClient(new() { HandleCookies = false, AllowAutoRedirect = false });
        var start = new HttpRequestMessage(HttpMethod.Post, Features.Catalogue.CatalogueLinks.Start(service)) { Content = new FormUrlEncodedContent([]) };
        start.Headers.Add("Sec-Fetch-Site", "same-origin");
        var started = await visit.SendAsync(start);
        var set = started.Headers.GetValues("Set-Cookie").ToList();
        var firstStep = new HttpRequestMessage(HttpMethod.Get, started.Headers.Location);
        firstStep.Headers.Add("Cookie", string.Join("; ", set.Select(c => c.Split(';')[0])));
        set.AddRange((await visit.SendAsync(firstStep)).Headers.GetValues("Set-Cookie"));
        set = [.. set.Select(c => c.Split('=')[0]).Distinct()];
        Assert.NotEmpty(set);
        foreach (var name in set) Assert.Contains(name, cookies);
        foreach (var (name, _, _) in Features.ContentPages.StandardPages.Cookies) Assert.Contains(name, cookies);
    }

    [Fact]
    public async Task TwoAdministratorsAtOnce_TheSecondIsTold()
    {
        var first = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        var second = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await first.GetAsync("/staff/admin/content/accessibility-statement");
        await second.GetAsync("/staff/admin/content/accessibility-statement");
        await first.SubmitAsync(new Dictionary<string, string> { ["title"] = "Accessibility statement", ["body"] = "First" }, button: "Save");
        await second.SubmitAsync(new Dictionary<string, string> { ["title"] = "Accessibility statement", ["body"] = "Second" }, button: "Save");
        Assert.StartsWith("Someone else changed this page", second.ErrorSummary.Single());
        await using var scope = app.Scope(out var db);
        Assert.Equal("First", (await db.ContentPages.SingleAsync(p => p.Slug == "accessibility-statement")).Body);
    }
}

public class ContentPageTestsOnSqlite(OwnSqliteApp app) : ContentPageTests(app), IClassFixture<OwnSqliteApp>;
public class ContentPageTestsOnPostgres(OwnPostgresApp app) : ContentPageTests(app), IClassFixture<OwnPostgresApp>;
