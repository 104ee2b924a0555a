using Microsoft.Extensions.Time.Testing;
using AngleSharp.Dom;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Staff;

public abstract class StaffSignInTests(TestApp app)
{
    [Fact]
    public async Task SignIn_PasswordThenCode_LandsOnTeamQueue()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browser = await StaffAccounts.SignInAsync(app, officer);
        Assert.Equal("/staff/queue", browser.Path);
        Assert.Contains("Highways", browser.Page.QuerySelector("main")!.TextContent);
    }

    /// <summary>Signs in from a page with this return address, without following the last redirect.</summary>
    async Task<HttpResponseMessage> SignInReturningToAsync(string returnUrl)
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browser = new Browser(app.CreateClient(new() { AllowAutoRedirect = false }));
        await browser.GetAsync("/staff/sign-in?returnUrl=" + returnUrl);
        var password = await browser.Client.PostAsync("/staff/sign-in?returnUrl=" + returnUrl, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", browser.AntiforgeryToken), new("email", officer.Email), new("password", StaffAccount.Password)]));
        Assert.True((int)password.StatusCode is 302, $"password step answered {(int)password.StatusCode}");
        await browser.GetAsync(password.Headers.Location!.OriginalString);
        var codeUrl = password.Headers.Location!.OriginalString;
        return await browser.Client.PostAsync(codeUrl, new FormUrlEncodedContent(
            [new("__RequestVerificationToken", browser.AntiforgeryToken), new("code", officer.NextCode(TimeProvider.System)),
             .. browser.Page.QuerySelectorAll<AngleSharp.Html.Dom.IHtmlInputElement>("input[name=returnUrl]").Select(i => new KeyValuePair<string, string>("returnUrl", i.Value))]));
    }

    [Theory]
    [InlineData("/%09/evil.example")]
    [InlineData("//evil.example")]
    [InlineData("/%5Cevil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("/staff%0d%0aSet-Cookie:%20x=1")]
    public async Task SignIn_ReturnAddressOffThisSite_LandsOnTheStaffHome(string returnUrl)
    {
        var done = await SignInReturningToAsync(returnUrl);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/staff", done.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_ReturnAddressOnThisSite_IsKeptAndEncoded()
    {
        Assert.Equal("/staff/queue?team=Highways", (await SignInReturningToAsync(Uri.EscapeDataString("/staff/queue?team=Highways"))).Headers.Location!.OriginalString);
        Assert.Equal("/staff/customers?q=%C5%81%C3%B3d%C5%BA", (await SignInReturningToAsync(Uri.EscapeDataString("/staff/customers?q=Łódź"))).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysNothingAboutWhoHasAnAccount()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/staff/sign-in");
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = "wrong" });
        var wrongPassword = browser.ErrorSummary;
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = "nobody@staff.example", ["password"] = "wrong" });
        Assert.Equal(["Enter a correct email address and password"], wrongPassword);
        Assert.Equal(wrongPassword, browser.ErrorSummary);
    }

    [Fact]
    public async Task SignIn_EmptyFields_ErrorPerField()
    {
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/staff/sign-in");
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = "", ["password"] = "" });
        Assert.Equal(["Enter your email address", "Enter your password"], browser.ErrorSummary);
    }

    [Fact]
    public async Task SignIn_FiveFailures_LocksOutEvenTheRightPassword()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/staff/sign-in");
        for (var i = 0; i < 5; i++)
            await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = "wrong" + i });
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = StaffAccount.Password });
        Assert.Equal("/staff/sign-in", browser.Path);
        // The same words as for a wrong password or an unknown address: a lock-out says nothing about who has an account.
        Assert.Equal(["Enter a correct email address and password"], browser.ErrorSummary);
    }

    [Fact]
    public async Task SignIn_LockedByAnAttacker_HolderStillSignsInFromTheirOwnDevice()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var holder = await StaffAccounts.SignInAsync(app, officer);
        await holder.GetAsync("/staff");
        await holder.Client.PostAsync("/staff/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", holder.AntiforgeryToken)]));

        var attacker = new Browser(app.CreateClient());
        await attacker.GetAsync("/staff/sign-in");
        for (var i = 0; i < 6; i++)
            await attacker.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = "guess" + i });
        await attacker.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = StaffAccount.Password });
        Assert.Equal("/staff/sign-in", attacker.Path);

        // The holder's own browser, which signed in before.
        await StaffAccounts.SignInAsync(app, officer, client: holder.Client);
    }

    [Fact]
    public async Task SignIn_ManyAttemptsFromOneAddress_SlowedDown()
    {
        await using var host = app.WithWebHostBuilder(b => b.UseSetting("Staff:SignInAttemptsPerMinute", "3"));
        var browser = new Browser(host.CreateClient());
        await browser.GetAsync("/staff/sign-in");
        for (var i = 0; i < 2; i++)
            await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = $"guess{i}@staff.example", ["password"] = "guess" });
        Assert.Equal(System.Net.HttpStatusCode.OK, browser.Status);
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = "guess@staff.example", ["password"] = "guess" });
        Assert.Equal(System.Net.HttpStatusCode.TooManyRequests, browser.Status);
        Assert.InRange(int.Parse(browser.LastResponse!.Headers.GetValues("Retry-After").Single()), 1, 60);
    }

    [Fact]
    public async Task SignIn_WrongCode_RefusedAndCodePageNeedsPasswordFirst()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var stranger = new Browser(app.CreateClient());
        await stranger.GetAsync("/staff/sign-in/code");
        Assert.Equal("/staff/sign-in", stranger.Path);

        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/staff/sign-in");
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = StaffAccount.Password });
        var wrong = officer.NextCode(TimeProvider.System) == "000000" ? "111111" : "000000";
        await browser.SubmitAsync(new Dictionary<string, string> { ["code"] = wrong });
        Assert.Equal("/staff/sign-in/code", browser.Path);
        Assert.Contains("not correct", browser.ErrorSummary.Single());
        await browser.GetAsync("/staff/queue");
        Assert.Equal("/staff/sign-in", browser.Path);
    }

    [Fact]
    public async Task SignIn_FirstTime_SetsUpAuthenticatorAndARecoveryCodeWorksOnce()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways", withAuthenticator: false);
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/staff/sign-in");
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = StaffAccount.Password });
        Assert.Equal("/staff/sign-in/set-up-authenticator", browser.Path);
        var key = Totp.FromBase32(browser.Page.QuerySelector("#setup-key")!.TextContent);
        await browser.SubmitAsync(new Dictionary<string, string> { ["code"] = Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow)) });
        var codes = browser.Page.QuerySelectorAll("#recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        await browser.GetAsync("/staff/queue");
        Assert.Equal("/staff/queue", browser.Path);

        async Task<string> SignInWithRecoveryCode()
        {
            var b = new Browser(app.CreateClient());
            await b.GetAsync("/staff/sign-in");
            await b.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = StaffAccount.Password });
            await b.SubmitAsync(new Dictionary<string, string> { ["code"] = codes[0] });
            return b.Path;
        }
        Assert.Equal("/staff/queue", await SignInWithRecoveryCode());
        Assert.Equal("/staff/sign-in/code", await SignInWithRecoveryCode());
        await using var scope = app.Scope(out var db);
        var saved = await db.StaffMembers.SingleAsync(s => s.Id == officer.Id);
        Assert.DoesNotContain(Convert.ToBase64String(key), saved.TotpSecretProtected);
        Assert.DoesNotContain(codes[1], saved.RecoveryCodeHashes);
    }

    [Fact]
    public async Task Session_IdleLongerThanTheLimit_SignsOut()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = app.WithClock(clock);
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browser = await StaffAccounts.SignInAsync(app, officer, clock, host.CreateClient());
        clock.Advance(TimeSpan.FromMinutes(20));
        await browser.GetAsync("/staff/queue");
        Assert.Equal("/staff/queue", browser.Path);
        clock.Advance(TimeSpan.FromMinutes(31));
        await browser.GetAsync("/staff/queue");
        Assert.Equal("/staff/sign-in", browser.Path);
    }
}

public class StaffSignInTestsOnSqlite(SqliteApp app) : StaffSignInTests(app);
public class StaffSignInTestsOnPostgres(PostgresApp app) : StaffSignInTests(app);
