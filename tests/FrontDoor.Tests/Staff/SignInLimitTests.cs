using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Staff;

/// <summary>The sign-in limits hold when the tries arrive all at once, as an attacker sends them.</summary>
public abstract class SignInLimitTests(TestApp app)
{
    const int AtOnce = 20;

    static async Task<Browser> AtPasswordPageAsync(TestApp app)
    {
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/staff/sign-in");
        return browser;
    }

    [Fact]
    public async Task WrongPasswordsAtOnce_AccountLocked()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browsers = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ => AtPasswordPageAsync(app)));

        await Task.WhenAll(browsers.Select(b => b.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = "Wrong-password-1" })));

        Assert.All(browsers, b => Assert.Equal(["Enter a correct email address and password"], b.ErrorSummary));
        await using var scope = app.Scope(out var db);
        Assert.NotNull((await db.StaffMembers.SingleAsync(s => s.Id == officer.Id)).LockedOutUntil);
    }

    [Fact]
    public async Task WrongCodesAtOnce_NoMoreThanTheLimitAreChecked()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browser = await AtPasswordPageAsync(app);
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = StaffAccount.Password });
        var token = browser.AntiforgeryToken;

        var pages = await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(async _ =>
            await (await browser.Client.PostAsync("/staff/sign-in/code", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("code", "000000")]))).Content.ReadAsStringAsync()));

        var checkedAndWrong = pages.Count(p => p.Contains("The code is not correct or has expired"));
        Assert.InRange(checkedAndWrong, 1, 4);
        Assert.Equal(AtOnce - checkedAndWrong, pages.Count(p => p.Contains("You have tried to sign in too many times")));
    }

    [Fact]
    public async Task OneAuthenticatorCodeFromManySessionsAtOnce_AcceptedOnce()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browsers = new List<Browser>();
        for (var i = 0; i < 4; i++)
        {
            var browser = await AtPasswordPageAsync(app);
            await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = officer.Email, ["password"] = StaffAccount.Password });
            Assert.Equal("/staff/sign-in/code", browser.Path);
            browsers.Add(browser);
        }
        var code = officer.NextCode(TimeProvider.System);

        await Task.WhenAll(browsers.Select(b => b.SubmitAsync(new Dictionary<string, string> { ["code"] = code })));

        Assert.Equal(1, browsers.Count(b => b.Path == "/staff/queue"));
    }

    [Fact]
    public async Task ResidentCodeGuessedAtOnce_FiveChancesThenTheRightCodeIsRefused()
    {
        var email = Residents.NewEmail();
        var resident = new Browser(app.CreateClient());
        await resident.GetAsync("/account/sign-in");
        await resident.SubmitAsync(new Dictionary<string, string> { ["email"] = email });
        var codePage = resident.LastResponse!.RequestMessage!.RequestUri!.PathAndQuery;
        var token = resident.AntiforgeryToken;
        var right = await Residents.LatestCodeAsync(app, email);
        var wrong = right == "000000" ? "111111" : "000000";

        await Task.WhenAll(Enumerable.Range(0, AtOnce).Select(_ => resident.Client.PostAsync(codePage,
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("code", wrong)]))));
        await resident.SubmitRawAsync(codePage, token, ("code", right));

        Assert.Equal("/account/sign-in/code", resident.Path);
        await using var scope = app.Scope(out var db);
        Assert.Equal(5, (await db.OneTimeCodes.Where(c => c.Target == email).SingleAsync()).FailedAttempts);
        Assert.Null((await db.OneTimeCodes.Where(c => c.Target == email).SingleAsync()).UsedAt);
    }
}

public class SignInLimitTestsOnSqlite(SqliteApp app) : SignInLimitTests(app);
public class SignInLimitTestsOnPostgres(PostgresApp app) : SignInLimitTests(app);
