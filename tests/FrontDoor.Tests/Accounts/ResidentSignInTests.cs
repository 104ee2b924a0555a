using Microsoft.Extensions.Time.Testing;
using System.Net;
using AngleSharp.Dom;
using FrontDoor.Features.Accounts;
using FrontDoor.Features.Customers;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Accounts;

public abstract class ResidentSignInTests(TestApp app)
{
    static Dictionary<string, string> Field(string name, string value) => new() { [name] = value };

    [Fact]
    public async Task SignUp_AfterReportingWithoutAccount_EarlierRequestAppearsOnlyOnceVerified()
    {
        var email = Residents.NewEmail();
        var earlier = await TestData.CaseAsync(app, email: email);
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/account/sign-in");
        await browser.SubmitAsync(Field("email", email));
        // Asking for a code proves nothing: the earlier record is still on its own.
        await using (app.Scope(out var db))
            Assert.Null((await db.Customers.SingleAsync(c => c.Id == earlier.CustomerId)).MergedIntoId);
        await browser.SubmitAsync(Field("code", await Residents.LatestCodeAsync(app, email)));
        Assert.Equal("/account/create", browser.Path);
        Assert.Equal("Pat Pothole", browser.Page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#fullName")!.Value);
        await browser.SubmitAsync(Field("fullName", "Pat Pothole"));
        Assert.Equal("/account", browser.Path);
        Assert.Contains(earlier.Reference, browser.Page.QuerySelector("#requests")!.TextContent);

        await browser.GetAsync($"/account/requests/{earlier.Reference}");
        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.Contains("Request received by online form", browser.Page.QuerySelector("main")!.TextContent);
        await using (app.Scope(out var db))
        {
            var merge = await db.CustomerMerges.SingleAsync(m => m.MergedId == earlier.CustomerId);
            Assert.Null(merge.StaffId);
            Assert.Contains("verified the email address", merge.Reason);
        }
    }

    [Fact]
    public async Task SignIn_ReturningResident_SameRecordAndNoNewAccount()
    {
        var email = Residents.NewEmail();
        await Residents.SignInAsync(app, email);
        var again = await Residents.SignInAsync(app, email.ToUpperInvariant());
        Assert.Contains("Riley Resident", again.Page.QuerySelector("main")!.TextContent);
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.Customers.CountAsync(c => c.EmailNormalised == email && c.AccountCreatedAt != null));
    }

    [Fact]
    public async Task Code_UsedTwice_SecondTimeRefused()
    {
        var email = Residents.NewEmail();
        await Residents.SignInAsync(app, email);
        var code = await Residents.LatestCodeAsync(app, email);
        var browser = new Browser(app.CreateClient());
        await using (app.Scope(out var db))
        {
            var id = await db.OneTimeCodes.Where(c => c.Target == email).OrderByDescending(c => c.CreatedAt).Select(c => c.Id).FirstAsync();
            await browser.GetAsync($"/account/sign-in/code?id={id:N}");
        }
        await browser.SubmitAsync(Field("code", code));
        Assert.Equal("/account/sign-in/code", browser.Path);
        Assert.Contains("The code has expired or has been used", browser.ErrorSummary.Single());
    }

    /// <summary>A resident who has just asked for a sign-in code, in an app whose time the test moves.</summary>
    async Task<(FakeTimeProvider, Browser, string Email)> AskForCodeOnAClockAsync()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var timed = app.WithClock(clock);
        var email = Residents.NewEmail();
        var browser = new Browser(timed.CreateClient());
        await browser.GetAsync("/account/sign-in");
        await browser.SubmitAsync(Field("email", email));
        return (clock, browser, email);
    }

    [Fact]
    public async Task Code_AfterFifteenMinutes_Expired()
    {
        var (clock, browser, email) = await AskForCodeOnAClockAsync();
        clock.Advance(ResidentCodes.Lifetime + TimeSpan.FromSeconds(1));
        await browser.SubmitAsync(Field("code", await Residents.LatestCodeAsync(app, email)));
        Assert.Equal("/account/sign-in/code", browser.Path);
        Assert.Contains("The code has expired", browser.ErrorSummary.Single());
    }

    [Fact]
    public async Task Code_WrongFiveTimes_LockedEvenWithTheRightCodeAndNoNewCodeSent()
    {
        var email = Residents.NewEmail();
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/account/sign-in");
        await browser.SubmitAsync(Field("email", email));
        var right = await Residents.LatestCodeAsync(app, email);
        var wrong = right == "000000" ? "111111" : "000000";
        for (var i = 0; i < ResidentCodes.MaxFailedAttempts - 1; i++)
        {
            await browser.SubmitAsync(Field("code", wrong));
            Assert.Contains("The code is not correct", browser.ErrorSummary.Single());
        }
        await browser.SubmitAsync(Field("code", wrong));
        Assert.Contains("entered wrongly too many times", browser.ErrorSummary.Single());
        await browser.SubmitAsync(Field("code", right));
        Assert.Contains("entered wrongly too many times", browser.ErrorSummary.Single());

        await browser.GetAsync("/account/sign-in");
        await browser.SubmitAsync(Field("email", email));
        Assert.Equal("/account/sign-in", browser.Path);
        Assert.Contains("Wait 30 minutes", browser.ErrorSummary.Single());
    }

    [Fact]
    public async Task Codes_TooManyAskedFor_Refused()
    {
        var email = Residents.NewEmail();
        var browser = new Browser(app.CreateClient());
        for (var i = 0; i < ResidentCodes.MaxCodesPerHour; i++)
        {
            await browser.GetAsync("/account/sign-in");
            await browser.SubmitAsync(Field("email", email));
            Assert.Equal("/account/sign-in/code", browser.Path);
        }
        await browser.GetAsync("/account/sign-in");
        await browser.SubmitAsync(Field("email", email));
        Assert.Contains("You have asked for too many codes", browser.ErrorSummary.Single());
        await using var scope = app.Scope(out var db);
        Assert.Equal(ResidentCodes.MaxCodesPerHour, await db.OutboxMessages.CountAsync(m => m.Recipient == email));
    }

    [Fact]
    public async Task SignIn_BadEmail_ErrorSummaryAndNothingSent()
    {
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/account/sign-in");
        await browser.SubmitAsync(Field("email", "not-an-email"));
        Assert.Equal(["Enter an email address in the correct format, like name@example.com"], browser.ErrorSummary);
        await browser.SubmitAsync(Field("email", ""));
        Assert.Equal(["Enter your email address"], browser.ErrorSummary);
    }

    [Fact]
    public async Task Session_IdleForThirtyMinutes_SignedOutWithAMessage()
    {
        var (clock, browser, email) = await AskForCodeOnAClockAsync();
        await browser.SubmitAsync(Field("code", await Residents.LatestCodeAsync(app, email)));
        await browser.SubmitAsync(Field("fullName", "Idle Resident"));
        Assert.Equal("/account", browser.Path);

        clock.Advance(AccountsSetup.IdleTimeout + TimeSpan.FromMinutes(1));
        await browser.GetAsync("/account");
        Assert.Equal("/account/sign-in", browser.Path);
        Assert.Contains("You have been signed out because you were inactive", browser.Page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var browser = await Residents.SignInAsync(app, Residents.NewEmail());
        await browser.SubmitAsync(button: "Sign out");
        Assert.Contains("You have been signed out.", browser.Page.QuerySelector("main")!.TextContent);
        await browser.GetAsync("/account");
        Assert.Equal("/account/sign-in", browser.Path);
        Assert.DoesNotContain("inactive", browser.Page.QuerySelector("main")!.TextContent);
    }
}

public class ResidentSignInTestsOnSqlite(SqliteApp app) : ResidentSignInTests(app);
public class ResidentSignInTestsOnPostgres(PostgresApp app) : ResidentSignInTests(app);
