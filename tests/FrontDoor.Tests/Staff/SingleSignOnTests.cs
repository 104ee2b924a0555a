using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Staff;

/// <summary>
/// Staff sign-in through a real OpenID Connect provider (oidc-provider, started by test.sh): authorisation code with PKCE,
/// the person typing their email on the provider's own page, every redirect followed as a browser would.
/// </summary>
public abstract class SingleSignOnTests(TestApp app)
{
    static readonly HtmlParser Html = new();

    /// <summary>One person's browser: FrontDoor in process, the provider over the network, each with its cookies.</summary>
    sealed class TwoSiteBrowser(TestApp app)
    {
        readonly HttpClient frontDoor = app.CreateDefaultClient(new CookieContainerHandler(new CookieContainer()));
        readonly HttpClient provider = new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() });
        /// <summary>The address the provider sent the browser back to FrontDoor with (code and state).</summary>
        public string? Callback { get; private set; }

        public async Task<HttpResponseMessage> GetAsync(string url) => await (url.StartsWith(TestEnvironment.OidcUrl) ? provider : frontDoor).GetAsync(url);

        /// <summary>Presses "Sign in with …" and signs in at the provider as <paramref name="login"/>; returns where FrontDoor ends up.</summary>
        public async Task<string> SignInAsync(string login)
        {
            var page = Html.ParseDocument(await frontDoor.GetStringAsync(StaffLinks.SignIn));
            var token = page.QuerySelector("form#sso input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            var response = await frontDoor.PostAsync(StaffLinks.SignInWithProvider, new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("returnUrl", "")]));
            for (var hops = 0; hops < 20; hops++)
            {
                if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found))
                {
                    var form = Html.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("form[action^='/interaction/']");
                    if (form is null) return response.RequestMessage!.RequestUri!.PathAndQuery;
                    response = await provider.PostAsync(TestEnvironment.OidcUrl + form.GetAttribute("action"), new FormUrlEncodedContent([new("login", login)]));
                    continue;
                }
                var location = response.Headers.Location!;
                var next = location.IsAbsoluteUri ? location.ToString() : new Uri(response.RequestMessage!.RequestUri!, location).ToString();
                if (next.StartsWith("http://localhost/")) next = next["http://localhost".Length..];
                if (!next.StartsWith(TestEnvironment.OidcUrl) && next.StartsWith("/staff/sign-in/sso/callback")) Callback = next;
                if (!next.StartsWith(TestEnvironment.OidcUrl) && !next.StartsWith("/staff/sign-in/sso")) return next;
                response = await GetAsync(next);
            }
            throw new InvalidOperationException("Too many redirects");
        }

        public async Task<string> ReplayCallbackAsync(string callback)
        {
            var response = await frontDoor.GetAsync(callback);
            return response.Headers.Location?.ToString() ?? response.RequestMessage!.RequestUri!.PathAndQuery;
        }

        /// <summary>Whether the staff workspace lets them in (its home may send each role on to their own first page).</summary>
        public async Task<bool> IsSignedInAsync()
        {
            var response = await frontDoor.GetAsync(StaffLinks.Home);
            return response.StatusCode == HttpStatusCode.OK
                || (response.StatusCode == HttpStatusCode.Redirect && !response.Headers.Location!.ToString().Contains(StaffLinks.SignIn));
        }
    }

    static async Task DescribeAccountAsync(object account)
    {
        using var http = new HttpClient();
        (await http.PostAsJsonAsync($"{TestEnvironment.OidcUrl}/test/accounts", account)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task KnownEmail_SignsInWithTheRoleFrontDoorGave()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways", withAuthenticator: false);
        var browser = new TwoSiteBrowser(app);

        Assert.Equal(StaffLinks.Home, await browser.SignInAsync(officer.Email.ToUpperInvariant()));

        Assert.True(await browser.IsSignedInAsync());
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/staff/queue?team=Highways")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync(StaffLinks.Audit)).StatusCode);
        await using var scope = app.Scope(out var db);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.StaffId == officer.Id && e.Action == "Signed in with single sign-on"));
    }

    [Fact]
    public async Task UnknownEmail_Refused_NoAccountMade()
    {
        var stranger = $"stranger-{Guid.NewGuid():N}@staff.example";
        var browser = new TwoSiteBrowser(app);

        var landed = await browser.SignInAsync(stranger);

        Assert.Equal(StaffLinks.SignInProblem(Features.Staff.SingleSignOn.SignInProblem.NoAccount), landed);
        Assert.False(await browser.IsSignedInAsync());
        var page = Html.ParseDocument(await (await browser.GetAsync(landed)).Content.ReadAsStringAsync());
        Assert.Contains("There is no staff account for the email address Ashworth Council account gave", page.QuerySelector(".govuk-error-summary")!.TextContent);
        await using var scope = app.Scope(out var db);
        Assert.False(await db.StaffMembers.AnyAsync(s => s.EmailNormalised == stranger));
    }

    [Fact]
    public async Task EmailTheProviderHasNotVerified_Refused()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var login = $"unverified-{Guid.NewGuid():N}";
        await DescribeAccountAsync(new { login, email = officer.Email, email_verified = false });
        var browser = new TwoSiteBrowser(app);

        Assert.Equal(StaffLinks.SignInProblem(Features.Staff.SingleSignOn.SignInProblem.EmailNotVerified), await browser.SignInAsync(login));
        Assert.False(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task TokenForAnotherApplication_Refused()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var login = $"elsewhere-{Guid.NewGuid():N}";
        await DescribeAccountAsync(new { login, email = officer.Email, audience = "another-councils-app" });
        var browser = new TwoSiteBrowser(app);

        Assert.Equal(StaffLinks.SignInProblem(Features.Staff.SingleSignOn.SignInProblem.ProviderRefused), await browser.SignInAsync(login));
        Assert.False(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task ReplayedState_Refused()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browser = new TwoSiteBrowser(app);
        Assert.Equal(StaffLinks.Home, await browser.SignInAsync(officer.Email));
        var callback = browser.Callback!;

        // The same answer again, in the same browser or another that copied the address: its state was spent.
        var problem = StaffLinks.SignInProblem(Features.Staff.SingleSignOn.SignInProblem.ProviderRefused);
        Assert.Equal(problem, await browser.ReplayCallbackAsync(callback));
        var attacker = new TwoSiteBrowser(app);
        Assert.Equal(problem, await attacker.ReplayCallbackAsync(callback));
        Assert.False(await attacker.IsSignedInAsync());
    }
}

public class SingleSignOnTestsOnSqlite(SingleSignOnSqliteApp app) : SingleSignOnTests(app), IClassFixture<SingleSignOnSqliteApp>;
public class SingleSignOnTestsOnPostgres(SingleSignOnPostgresApp app) : SingleSignOnTests(app), IClassFixture<SingleSignOnPostgresApp>;

/// <summary>Single sign-on required: passwords open nothing but the break-glass administrator's account.</summary>
public abstract class SingleSignOnRequiredTests(TestApp app)
{
    [Fact]
    public async Task PasswordSignIn_ClosedToAllButTheBreakGlassAdministrator()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var admin = await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null);
        await using (app.Scope(out var db))
            await db.StaffMembers.Where(s => s.Id == admin.Id).ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Email, SingleSignOnOnlySqliteApp.BreakGlass).SetProperty(x => x.EmailNormalised, SingleSignOnOnlySqliteApp.BreakGlass));

        var browser = new Browser(app.CreateClient());
        await browser.GetAsync(StaffLinks.SignIn);
        Assert.Contains("Sign in with Ashworth Council account", browser.Page.QuerySelector("form#sso")!.TextContent);
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = StaffAccount.Password });
        Assert.Equal(StaffLinks.SignIn, browser.Path);
        Assert.Equal(["Sign in with Ashworth Council account"], browser.ErrorSummary);

        await browser.GetAsync(StaffLinks.SignIn);
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = SingleSignOnOnlySqliteApp.BreakGlass, ["password"] = StaffAccount.Password });
        Assert.Equal(StaffLinks.SignInCode, browser.Path);
    }
}

public class SingleSignOnRequiredTestsOnSqlite(SingleSignOnOnlySqliteApp app) : SingleSignOnRequiredTests(app), IClassFixture<SingleSignOnOnlySqliteApp>;
public class SingleSignOnRequiredTestsOnPostgres(SingleSignOnOnlyPostgresApp app) : SingleSignOnRequiredTests(app), IClassFixture<SingleSignOnOnlyPostgresApp>;
