using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Staff;

public abstract class StaffAccountAdminTests(TestApp app)
{
    async Task<string> PasswordStepAsync(string email, string password)
    {
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/staff/sign-in");
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = email, ["password"] = password });
        return browser.Path;
    }

    [Fact]
    public async Task Admin_AddsOfficer_TheyFirstSignInWithTheTemporaryPasswordAndSetUpAnAuthenticator()
    {
        await TestData.TeamAsync(app, "Highways");
        var admin = await StaffAccounts.SignInAsync(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await admin.GetAsync("/staff/admin/staff/new");
        await admin.SubmitAsync(new Dictionary<string, string> { ["displayName"] = "", ["email"] = "not-an-email", ["team"] = "" });
        Assert.Equal(["Enter their full name", "Enter an email address in the correct format, like name@example.com", "Choose their role"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string> { ["displayName"] = "Nia New", ["email"] = "x@staff.example", ["role"] = "Officer", ["team"] = "" });
        Assert.Equal(["Choose the team they work in"], admin.ErrorSummary);

        var email = $"nia-{Guid.NewGuid():N}@staff.example";
        await admin.SubmitAsync(new Dictionary<string, string> { ["displayName"] = "Nia New", ["email"] = email, ["role"] = "Officer", ["team"] = "Highways" });
        var password = admin.Page.QuerySelector("#temporary-password")!.TextContent;
        Assert.Equal(16, password.Length);

        Assert.Equal("/staff/sign-in/set-up-authenticator", await PasswordStepAsync(email, password));
        await admin.GetAsync("/staff/admin/staff/new");
        await admin.SubmitAsync(new Dictionary<string, string> { ["displayName"] = "Nia Again", ["email"] = email.ToUpperInvariant(), ["role"] = "Agent", ["team"] = "" });
        Assert.Equal(["There is already an account with this email address"], admin.ErrorSummary);
    }

    [Fact]
    public async Task Admin_DeactivatesResetsAndUnlocks_SignInFollows()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var admin = await StaffAccounts.SignInAsync(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));

        await admin.GetAsync($"/staff/admin/staff/{officer.Id}");
        await admin.SubmitAsync(button: "Deactivate account");
        Assert.Contains("can no longer sign in", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal("/staff/sign-in", await PasswordStepAsync(officer.Email, StaffAccount.Password));

        await admin.GetAsync($"/staff/admin/staff/{officer.Id}");
        await admin.SubmitAsync(button: "Reactivate account");
        await admin.GetAsync($"/staff/admin/staff/{officer.Id}");
        await admin.SubmitAsync(button: "Reset authenticator app");
        Assert.Equal("/staff/sign-in/set-up-authenticator", await PasswordStepAsync(officer.Email, StaffAccount.Password));

        for (var i = 0; i < 5; i++) await PasswordStepAsync(officer.Email, "wrong");
        Assert.Equal("/staff/sign-in", await PasswordStepAsync(officer.Email, StaffAccount.Password));
        await admin.GetAsync($"/staff/admin/staff/{officer.Id}");
        await admin.SubmitAsync(button: "Unlock");
        Assert.Equal("/staff/sign-in/set-up-authenticator", await PasswordStepAsync(officer.Email, StaffAccount.Password));

        await admin.GetAsync($"/staff/admin/staff/{officer.Id}");
        await admin.SubmitAsync(button: "Reset password");
        var password = admin.Page.QuerySelector("#temporary-password")!.TextContent;
        Assert.Equal("/staff/sign-in", await PasswordStepAsync(officer.Email, StaffAccount.Password));
        Assert.Equal("/staff/sign-in/set-up-authenticator", await PasswordStepAsync(officer.Email, password));
    }

    [Fact]
    public async Task Admin_ChangesRoleAndTeam_ButNotTheirOwnRole()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        await TestData.TeamAsync(app, "Waste Services");
        var adminAccount = await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null);
        var admin = await StaffAccounts.SignInAsync(app, adminAccount);
        await admin.GetAsync($"/staff/admin/staff/{officer.Id}");
        await admin.SubmitAsync(new Dictionary<string, string> { ["displayName"] = officer.Name, ["role"] = "TeamLeader", ["team"] = "Waste Services" }, button: "Save changes");
        await using (app.Scope(out var db))
        {
            var saved = await db.StaffMembers.Include(s => s.Team).SingleAsync(s => s.Id == officer.Id);
            Assert.Equal((StaffRole.TeamLeader, "Waste Services"), (saved.Role, saved.Team!.Name));
        }
        await admin.GetAsync($"/staff/admin/staff/{adminAccount.Id}");
        Assert.Null(admin.Page.QuerySelectorAll("button").FirstOrDefault(b => b.TextContent.Contains("Deactivate")));
        await admin.SubmitAsync(new Dictionary<string, string> { ["displayName"] = adminAccount.Name, ["role"] = "Agent", ["team"] = "" }, button: "Save changes");
        Assert.Equal(["You cannot change your own role"], admin.ErrorSummary);
    }
}

public class StaffAccountAdminTestsOnSqlite(SqliteApp app) : StaffAccountAdminTests(app);
public class StaffAccountAdminTestsOnPostgres(PostgresApp app) : StaffAccountAdminTests(app);
