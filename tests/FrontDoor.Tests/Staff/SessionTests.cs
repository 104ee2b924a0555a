using System.Net;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace FrontDoor.Tests.Staff;

/// <summary>Sessions last only while the account's rights do: changes and sign-out end them on the server.</summary>
public abstract class SessionTests(TestApp app)
{
    /// <summary>A browser whose cookies the test can read, to replay them from elsewhere as a thief would.</summary>
    (HttpClient Client, CookieContainer Jar) ClientWithJar()
    {
        var jar = new CookieContainer();
        return (app.CreateDefaultClient(new Uri("http://localhost"), new RedirectHandler(), new CookieContainerHandler(jar)), jar);
    }

    HttpClient Replaying(CookieContainer stolen)
    {
        var copy = new CookieContainer();
        copy.Add(stolen.GetAllCookies());
        return app.CreateDefaultClient(new Uri("http://localhost"), new RedirectHandler(), new CookieContainerHandler(copy));
    }

    static async Task SignOutAsync(Browser browser, string path)
    {
        await browser.GetAsync(path == "/staff/sign-out" ? "/staff" : "/account");
        await browser.Client.PostAsync(path, new FormUrlEncodedContent([new("__RequestVerificationToken", browser.AntiforgeryToken)]));
    }

    [Fact]
    public async Task StaffCookie_ReplayedAfterSignOut_IsRefused()
    {
        var c = await TestData.CaseAsync(app);
        var (client, jar) = ClientWithJar();
        var officer = await StaffAccounts.SignInAsync(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"), client: client);
        await officer.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Equal(HttpStatusCode.OK, officer.Status);
        var thief = new Browser(Replaying(jar));
        await thief.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Equal($"/staff/cases/{c.Reference}", thief.Path);

        await SignOutAsync(officer, "/staff/sign-out");

        await thief.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Equal("/staff/sign-in", thief.Path);
    }

    [Fact]
    public async Task DeactivatedOfficer_NextRequestIsRefused()
    {
        var c = await TestData.CaseAsync(app);
        var account = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var officer = await StaffAccounts.SignInAsync(app, account);
        await officer.GetAsync($"/staff/cases/{c.Reference}/note");
        var token = officer.AntiforgeryToken;

        var admin = await StaffAccounts.SignInAsync(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await admin.GetAsync($"/staff/admin/staff/{account.Id}");
        await admin.SubmitAsync(button: "Deactivate account");

        await officer.SubmitRawAsync($"/staff/cases/{c.Reference}/note", token, ("note", "Still here"), ("version", "1"));
        Assert.Equal("/staff/sign-in", officer.Path);
        await officer.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Equal("/staff/sign-in", officer.Path);
    }

    [Fact]
    public async Task OfficerMovedToAnotherTeam_LosesTheOldTeamsCases()
    {
        var c = await TestData.CaseAsync(app);
        var account = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var officer = await StaffAccounts.SignInAsync(app, account);
        await officer.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Equal(HttpStatusCode.OK, officer.Status);

        var admin = await StaffAccounts.SignInAsync(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await admin.GetAsync($"/staff/admin/staff/{account.Id}");
        await admin.SubmitAsync(new Dictionary<string, string> { ["displayName"] = account.Name, ["role"] = "Officer", ["team"] = "Waste Services" }, button: "Save changes");

        await officer.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Equal("/staff/sign-in", officer.Path);
        var again = await StaffAccounts.SignInAsync(app, account);
        await again.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Equal(HttpStatusCode.Forbidden, again.Status);
    }

    [Fact]
    public async Task ResidentCookie_ReplayedAfterSignOut_IsRefused()
    {
        var email = Residents.NewEmail();
        var (client, jar) = ClientWithJar();
        var resident = new Browser(client);
        await resident.GetAsync("/account/sign-in");
        await resident.SubmitAsync(new Dictionary<string, string> { ["email"] = email });
        await resident.SubmitAsync(new Dictionary<string, string> { ["code"] = await Residents.LatestCodeAsync(app, email) });
        await resident.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "Riley Resident" });
        Assert.Equal("/account", resident.Path);
        var thief = new Browser(Replaying(jar));
        await thief.GetAsync("/account/preferences");
        Assert.Equal("/account/preferences", thief.Path);

        await SignOutAsync(resident, "/account/sign-out");

        await thief.GetAsync("/account/preferences");
        Assert.Equal("/account/sign-in", thief.Path);
    }
}

public class SessionTestsOnSqlite(SqliteApp app) : SessionTests(app);
public class SessionTestsOnPostgres(PostgresApp app) : SessionTests(app);
