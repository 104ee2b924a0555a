using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.FirstRun;

/// <summary>A council's first day: an empty install (Demo:Seed=false), its first administrator from the command line.</summary>
public abstract partial class FirstRunTests(TestApp app)
{
    [GeneratedRegex(@"https?://\S+(/staff/sign-in/welcome/\S+)")]
    private static partial Regex WelcomeLink();

    Task<(int ExitCode, string Out, string Error)> CommandAsync(params string[] args) =>
        TestSupport.RunAsync(new ProcessStartInfo("dotnet"), [typeof(Program).Assembly.Location, .. app.CommandSettings, .. args]);

    static string NewEmail() => $"first-admin-{Guid.NewGuid():N}@council.example";

    async Task<string> CreateAdminAsync(string email, string name = "Ada Admin")
    {
        var (exitCode, output, error) = await CommandAsync("create-admin", email, name);
        Assert.True(exitCode == 0, output + error);
        return WelcomeLink().Match(output).Groups[1].Value;
    }

    [Fact]
    public async Task CreateAdmin_LinkLeadsToAPasswordAndAnAuthenticator_AndWorksOnce()
    {
        var email = NewEmail();
        var link = await CreateAdminAsync(email);
        Assert.StartsWith("/staff/sign-in/welcome/", link);

        var browser = new Browser(app.CreateClient());
        await browser.GetAsync(link);
        Assert.Contains("Ada Admin", browser.Page.QuerySelector("main")!.TextContent);
        await browser.SubmitAsync(new Dictionary<string, string> { ["password"] = "too short", ["confirmPassword"] = "too short" });
        Assert.Equal(["Password must be 12 characters or more"], browser.ErrorSummary);
        await browser.SubmitAsync(new Dictionary<string, string> { ["password"] = email.Split('@')[0] + "-and-more", ["confirmPassword"] = "x" });
        Assert.Equal(["Password must not include your email address"], browser.ErrorSummary);
        await browser.SubmitAsync(new Dictionary<string, string> { ["password"] = "copper kettle lantern", ["confirmPassword"] = "copper kettle lanterns" });
        Assert.Equal(["Enter the same password twice"], browser.ErrorSummary);
        Assert.Equal("#confirmPassword", browser.Page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));

        await browser.SubmitAsync(new Dictionary<string, string> { ["password"] = "copper kettle lantern", ["confirmPassword"] = "copper kettle lantern" });
        Assert.Equal(StaffLinks.SetUpAuthenticator, browser.Path);
        var key = Totp.FromBase32(browser.Page.QuerySelector("#setup-key")!.TextContent);
        await browser.SubmitAsync(new Dictionary<string, string> { ["code"] = Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow)) });
        await browser.GetAsync(StaffLinks.StaffAccounts);
        Assert.Equal(StaffLinks.StaffAccounts, browser.Path);

        // Spent: the same link now says so, and the password chosen through it is the one that signs in.
        var again = new Browser(app.CreateClient());
        await again.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Contains("This link cannot be used", again.Page.QuerySelector("h1")!.TextContent);
        Assert.Null(again.Page.QuerySelector("input[name=password]"));
        await again.GetAsync(StaffLinks.SignIn);
        await again.SubmitAsync(new Dictionary<string, string> { ["email"] = email, ["password"] = "copper kettle lantern" });
        Assert.Equal(StaffLinks.SignInCode, again.Path);

        await using var scope = app.Scope(out var db);
        var admin = await db.StaffMembers.SingleAsync(s => s.EmailNormalised == email);
        Assert.Equal((StaffRole.Administrator, "Ada Admin"), (admin.Role, admin.DisplayName));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Added administrator Ada Admin"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.StaffId == admin.Id && a.Action.StartsWith("Chose their password")));
    }

    [Fact]
    public async Task CreateAdmin_ExistingEmailOrBadArguments_RefusedAndNothingAdded()
    {
        var email = NewEmail();
        await CreateAdminAsync(email);
        var (exitCode, output, error) = await CommandAsync("create-admin", email.ToUpperInvariant(), "Someone Else");
        Assert.Equal(1, exitCode);
        Assert.Contains("There is already a staff account for", error);
        Assert.DoesNotContain("/staff/sign-in/welcome/", output);

        var missing = await CommandAsync("create-admin", "only-an-email@council.example");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("create-admin <email> \"<full name>\"", missing.Error);
        var bad = await CommandAsync("create-admin", "not-an-email", "<b>Bold</b>");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("Enter an email address in the correct format", bad.Error);
        Assert.Contains("Full name must not include HTML", bad.Error);

        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.StaffMembers.CountAsync(s => s.EmailNormalised == email));
        Assert.False(await db.StaffMembers.AnyAsync(s => s.DisplayName == "Someone Else" || s.Email == "not-an-email"));
    }

    [Fact]
    public async Task Link_OlderThanADay_CannotBeUsed()
    {
        var link = await CreateAdminAsync(NewEmail());
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(24).AddMinutes(1));
        var later = new Browser(app.WithClock(clock).CreateClient());
        await later.GetAsync(link);
        Assert.Equal(HttpStatusCode.NotFound, later.Status);
        Assert.Contains("expired", later.Page.QuerySelector("main")!.TextContent);

        var tampered = new Browser(app.CreateClient());
        await tampered.GetAsync(link[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.NotFound, tampered.Status);
    }

    [Fact]
    public async Task EmptyInstall_PublicPagesWorkAndSaySoPlainly()
    {
        var browser = new Browser(app.CreateClient());
        foreach (var (path, words) in new[]
        {
            ("/", "no services"), ("/services", "no services"), ("/search?q=bin", "no services"),
        })
        {
            await browser.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, browser.Status);
            Assert.Contains(words, browser.Page.QuerySelector("main")!.TextContent, StringComparison.OrdinalIgnoreCase);
        }
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/open311/v2/services.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/track")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task EmptyInstall_ContentPagesInTheFooterAreMarkedForTheCouncil()
    {
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/");
        var footer = browser.Page.QuerySelectorAll("footer a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        foreach (var link in new[] { ("Privacy notice", "/help/privacy-notice"), ("Accessibility statement", "/help/accessibility-statement"), ("Cookies", "/help/cookies"), ("Contact us", "/help/contact") })
            Assert.Contains(link, footer);

        foreach (var slug in new[] { "privacy-notice", "accessibility-statement", "contact" })
        {
            await browser.GetAsync($"/help/{slug}");
            Assert.Equal(HttpStatusCode.OK, browser.Status);
            Assert.Contains("To be completed by the council.", browser.Page.QuerySelector("main")!.TextContent);
        }
        await browser.GetAsync("/help/cookies");
        Assert.DoesNotContain("To be completed", browser.Page.QuerySelector("main")!.TextContent);
        await browser.GetAsync("/help/not-a-page");
        Assert.Equal(HttpStatusCode.NotFound, browser.Status);
    }
}

public class FirstRunTestsOnSqlite(EmptySqliteApp app) : FirstRunTests(app), IClassFixture<EmptySqliteApp>;
public class FirstRunTestsOnPostgres(EmptyPostgresApp app) : FirstRunTests(app), IClassFixture<EmptyPostgresApp>;
