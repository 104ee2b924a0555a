using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Teams;

/// <summary>Teams as an administrator keeps them: added, renamed (their cases go with them), edited by two people at once.</summary>
public abstract class TeamAdminTests(TestApp app)
{
    static string Unique(string name) => $"{name} {Guid.NewGuid().ToString("N")[..8]}";

    async Task<Browser> AdminAsync() => StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));

    [Fact]
    public async Task AddTeam_BadDetailsRefused_ThenAddedListedAndAudited()
    {
        var admin = await AdminAsync();
        var existing = await TestData.TeamAsync(app, Unique("Parks"));
        await admin.GetAsync("/staff/admin/teams/new");
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = "", ["email"] = "not an email" });
        Assert.Equal(["Enter the team's name", "Enter an email address in the correct format, like highways@council.gov.uk"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = existing.Name.ToUpperInvariant(), ["email"] = "" });
        Assert.Equal([$"There is already a team called {existing.Name.ToUpperInvariant()}"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = "<b>Team</b>", ["email"] = "" });
        Assert.Equal(["Team name must not include HTML or code, such as < and >"], admin.ErrorSummary);

        var name = Unique("Trees");
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = $"  {name} ", ["email"] = "trees@council.example" });
        Assert.Equal("/staff/admin/teams", admin.Path);
        Assert.Contains($"{name} added", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains(name, admin.Page.QuerySelector("#teams")!.TextContent);

        await using var scope = app.Scope(out var db);
        var team = await db.Teams.SingleAsync(t => t.Name == name);
        Assert.Equal("trees@council.example", team.Email);
        var entry = await db.AuditEntries.SingleAsync(a => a.Action == $"Added the team {name}");
        Assert.Contains(FieldChange.Parse(entry.Changes), c => c is { Field: "Name", Before: null } && c.After == name);
    }

    [Fact]
    public async Task RenameTeam_CasesServicesAndStaffStayWithIt()
    {
        var team = await TestData.TeamAsync(app, Unique("Drainage"));
        var service = await TestData.ServiceAsync(app, team: team.Name);
        var c = await TestData.CaseAsync(app, service);
        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, team.Name));
        var admin = await AdminAsync();

        await admin.GetAsync($"/staff/admin/teams/{team.Id}");
        Assert.Contains("1 open case", admin.Page.QuerySelector("main")!.TextContent);
        Assert.Contains(service.Name, admin.Page.QuerySelector("#services")!.TextContent);
        var renamed = Unique("Flooding and Drainage");
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = renamed, ["email"] = "flooding@council.example" });
        Assert.Equal("/staff/admin/teams", admin.Path);

        await officer.GetAsync($"/staff/queue?team={Uri.EscapeDataString(renamed)}");
        Assert.Contains(c.Reference, officer.Page.QuerySelector("main")!.TextContent);
        await officer.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Contains(renamed, officer.Page.QuerySelector("main")!.TextContent);
        await using var scope = app.Scope(out var db);
        var entry = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.Action == $"Changed the team {team.Name}");
        Assert.Contains(FieldChange.Parse(entry.Changes), ch => ch.Field == "Name" && ch.Before == team.Name && ch.After == renamed);
    }

    [Fact]
    public async Task TwoAdministratorsEditTheSameTeam_TheSecondIsToldAndNothingIsOverwritten()
    {
        var team = await TestData.TeamAsync(app, Unique("Markets"));
        var first = await AdminAsync();
        var second = await AdminAsync();
        await first.GetAsync($"/staff/admin/teams/{team.Id}");
        await second.GetAsync($"/staff/admin/teams/{team.Id}");

        await first.SubmitAsync(new Dictionary<string, string> { ["name"] = team.Name, ["email"] = "markets@council.example" });
        Assert.Equal("/staff/admin/teams", first.Path);
        await second.SubmitAsync(new Dictionary<string, string> { ["name"] = team.Name, ["email"] = "stalls@council.example" });
        Assert.StartsWith("Someone else changed this team while you were editing it", Assert.Single(second.ErrorSummary));

        await using var scope = app.Scope(out var db);
        Assert.Equal("markets@council.example", (await db.Teams.SingleAsync(t => t.Id == team.Id)).Email);
    }

    [Fact]
    public async Task UnknownTeam_NotFound()
    {
        var admin = await AdminAsync();
        await admin.GetAsync("/staff/admin/teams/999999999");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, admin.Status);
    }
}

public class TeamAdminTestsOnSqlite(SqliteApp app) : TeamAdminTests(app);
public class TeamAdminTestsOnPostgres(PostgresApp app) : TeamAdminTests(app);
