using System.Net;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.SiteFeedback;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Catalogue;

/// <summary>
/// Public pages are kept whole for visitors without cookies (Features/Catalogue/PublicPages). A change made behind the
/// app's back (straight in the database) shows whether a page came from the cache; a change saved through the app clears it.
/// </summary>
public abstract class PublicPagesTests(TwoNodes nodes)
{
    TestApp A => nodes.First;
    TestApp B => nodes.Second;

    static async Task<string> PageAsync(HttpClient visitor, string url)
    {
        var response = await visitor.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    static async Task RenameBehindTheAppsBackAsync(TestApp app, Service service, string name)
    {
        await using var scope = app.Scope(out var db);
        await db.Database.ExecuteSqlAsync($"UPDATE \"Services\" SET \"Name\" = {name} WHERE \"Id\" = {service.Id}");
    }

    /// <summary>
    /// Renames the service quietly until the page no longer shows it, which is once it comes from the cache: the nodes'
    /// watchers clear the pages once more after the service was made, and that may come between two requests.
    /// </summary>
    /// <returns>The page, and the name it would show were it made afresh.</returns>
    static async Task<(string Page, string QuietName)> CachedPageAsync(TestApp app, HttpClient visitor, string url, Service service)
    {
        for (var attempt = 1; ; attempt++)
        {
            await PageAsync(visitor, url);
            var quietly = $"{service.Name} (renamed quietly {attempt})";
            await RenameBehindTheAppsBackAsync(app, service, quietly);
            var page = await PageAsync(visitor, url);
            if (!page.Contains(quietly) || attempt == 50) return (page, quietly);
            await Task.Delay(100);
        }
    }

    static async Task RenameAsync(TestApp app, Service service, string name)
    {
        await using var scope = app.Scope(out var db);
        var saved = await db.Services.SingleAsync(s => s.Id == service.Id);
        saved.Name = name;
        await db.SaveChangesAsync();
    }

    [Theory]
    [InlineData("/services")]
    [InlineData("/services/{slug}")]
    [InlineData("/open311/v2/services.xml")]
    public async Task APublicPage_IsSentFromTheCache_UntilTheAppSavesAChange(string page)
    {
        var service = await TestData.ServiceAsync(A);
        var url = page.Replace("{slug}", service.Slug);
        var visitor = A.CreateDefaultClient();
        Assert.Contains(service.Name, await PageAsync(visitor, url));

        var (cached, quietName) = await CachedPageAsync(A, visitor, url, service);
        Assert.DoesNotContain(quietName, cached);

        // Anyone with a cookie may have something of their own on the page, so is never sent the cached one.
        var withCookie = A.CreateDefaultClient();
        withCookie.DefaultRequestHeaders.Add("Cookie", "fd-antiforgery=anything");
        Assert.Contains(quietName, await PageAsync(withCookie, url));

        await RenameAsync(A, service, service.Name + " (renamed in the app)");
        Assert.Contains("renamed in the app", await PageAsync(visitor, url));
    }

    [Fact]
    public async Task AChangeSavedOnOneNode_ClearsTheOtherNodesPages()
    {
        var service = await TestData.ServiceAsync(A);
        var onB = B.CreateDefaultClient();
        Assert.Contains(service.Name, await PageAsync(onB, "/services"));
        var (cached, quietName) = await CachedPageAsync(A, onB, "/services", service);
        Assert.DoesNotContain(quietName, cached);

        await RenameAsync(A, service, service.Name + " (renamed on A)");
        // B looks for changes every 0.2 s here; a few seconds is plenty, however slow the machine.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(await PageAsync(onB, "/services")).Contains("renamed on A") && DateTime.UtcNow < deadline) await Task.Delay(100);
        Assert.Contains("renamed on A", await PageAsync(onB, "/services"));
    }

    [Fact]
    public async Task ACachedServiceList_DoesNotLetAWrongApiKeyThrough()
    {
        var visitor = A.CreateDefaultClient();
        await PageAsync(visitor, "/open311/v2/services.xml");
        var refused = await visitor.GetAsync("/open311/v2/services.xml?api_key=not-a-key");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task AVisitorWithoutCookies_IsSetNoCookieAndGivenNoToken_OneWithCookiesIsGivenTheirToken()
    {
        var service = await TestData.ServiceAsync(A);
        var visitor = A.CreateDefaultClient();
        var first = await visitor.GetAsync($"/services/{service.Slug}");
        Assert.False(first.Headers.Contains("Set-Cookie"));
        Assert.DoesNotContain("__RequestVerificationToken", await first.Content.ReadAsStringAsync());

        // A page with a form of its own sets the anti-forgery cookie; the start page is then theirs, with their token.
        var browser = new Browser(A.CreateClient());
        await browser.GetAsync(FeedbackLinks.ProblemWith("/services", "/services"));
        await browser.GetAsync($"/services/{service.Slug}");
        Assert.NotNull(browser.Page.QuerySelector("form input[name=__RequestVerificationToken]"));
    }

    public static TheoryData<string?, string?, bool> Senders => new()
    {
        { "same-origin", null, true },
        { null, "http://localhost", true },
        { "cross-site", "http://localhost", false },
        { "same-site", null, false },
        { null, "https://evil.example", false },
        { null, null, false },
    };

    [Theory]
    [MemberData(nameof(Senders))]
    public async Task AFormWithoutAToken_IsTakenOnlyFromThisSite(string? fetchSite, string? origin, bool taken)
    {
        var visitor = A.CreateDefaultClient();
        var post = new HttpRequestMessage(HttpMethod.Post, FeedbackLinks.Page)
        {
            Content = new FormUrlEncodedContent([new("route", "/services"), new("useful", "yes"), new("return", "/services")]),
        };
        if (fetchSite is not null) post.Headers.Add("Sec-Fetch-Site", fetchSite);
        if (origin is not null) post.Headers.Add("Origin", origin);
        int before;
        await using (A.Scope(out var db)) before = await db.PageFeedback.CountAsync();
        var response = await visitor.SendAsync(post);
        Assert.Equal(taken ? HttpStatusCode.Redirect : HttpStatusCode.BadRequest, response.StatusCode);
        await using (A.Scope(out var db)) Assert.Equal(before + (taken ? 1 : 0), await db.PageFeedback.CountAsync());
    }

    [Fact]
    public async Task AFormWithAToken_IsCheckedAsEveryOtherForm()
    {
        var visitor = A.CreateDefaultClient();
        var post = new HttpRequestMessage(HttpMethod.Post, FeedbackLinks.Page)
        {
            Content = new FormUrlEncodedContent([new("route", "/services"), new("useful", "yes"), new("__RequestVerificationToken", "forged")]),
        };
        post.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.SendAsync(post)).StatusCode);
    }
}

public class PublicPagesTestsOnSqlite(TwoSqliteNodes nodes) : PublicPagesTests(nodes), IClassFixture<TwoSqliteNodes>;
public class PublicPagesTestsOnPostgres(TwoPostgresNodes nodes) : PublicPagesTests(nodes), IClassFixture<TwoPostgresNodes>;
