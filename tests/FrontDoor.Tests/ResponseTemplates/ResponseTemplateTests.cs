using System.Net;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.ResponseTemplates;

/// <summary>Response templates written in the set-up pages, previewed against a real case, and used by officers.</summary>
public abstract class ResponseTemplateTests(TestApp app)
{
    static Dictionary<string, string> Template(string title, string team, string body, string caseReference = "") =>
        new() { ["title"] = title, ["team"] = team, ["body"] = body, ["caseReference"] = caseReference };

    [Fact]
    public async Task ServiceManager_WritesOneForTheirTeam_PreviewsItOnACase_AndOfficersUseIt()
    {
        var team = await TestData.TeamAsync(app, $"Parks {Guid.NewGuid():N}"[..20]);
        var service = await TestData.ServiceAsync(app, team: team.Name);
        var c = await TestData.CaseAsync(app, service, fullName: "Avery Template");
        var manager = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.ServiceManager, team.Name));
        await manager.GetAsync("/staff/admin/response-templates/new");
        Assert.Equal([team.Id.ToString()], manager.Page.QuerySelectorAll("input[name=team]").Select(i => i.GetAttribute("value")));

        var title = $"Bench mended {Guid.NewGuid():N}"[..24];
        await manager.SubmitAsync(Template(title, team.Id.ToString(), "Dear {{ customer_nmae }}"), button: "Save");
        Assert.StartsWith("The wording has a placeholder we do not know, {{ customer_nmae }}", manager.ErrorSummary.Single());
        await manager.SubmitAsync(Template(title, "", "x"), button: "Save");
        Assert.Equal(["Choose the team the template is for"], manager.ErrorSummary);

        var body = "Dear {{ customer_name }}, we mended the bench ({{ reference }}) for {{ team }}.";
        await manager.SubmitAsync(Template(title, team.Id.ToString(), body, c.Reference), button: "Preview");
        Assert.Contains($"Dear Avery Template, we mended the bench ({c.Reference}) for {team.Name}.", manager.Page.QuerySelector("#preview")!.TextContent);
        await manager.SubmitAsync(Template(title, team.Id.ToString(), body), button: "Save");
        Assert.Equal("/staff/admin/response-templates", manager.Path);
        var link = manager.Page.QuerySelectorAll("#templates a").Single(a => a.TextContent == title).GetAttribute("href")!;

        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, team.Name));
        var update = await officer.GetAsync(StaffLinks.Case(c.Reference) + "/update");
        var chosen = update.QuerySelectorAll("select[name=template] option").Single(o => o.TextContent == title).GetAttribute("value")!;
        await officer.GetAsync(StaffLinks.Case(c.Reference) + $"/update?template={chosen}");
        Assert.Equal($"Dear Avery Template, we mended the bench ({c.Reference}) for {team.Name}.", officer.Page.QuerySelector("textarea[name=message]")!.TextContent.Trim());

        // Another team's service manager can neither open it nor preview that team's case.
        var other = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.ServiceManager, "Waste Services"));
        await other.GetAsync(link);
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        await other.GetAsync("/staff/admin/response-templates/new");
        await other.SubmitAsync(Template("Peek", "", body, c.Reference), button: "Preview");
        Assert.Contains("There is no case with that reference that you can see", other.ErrorSummary);
        await using var scope = app.Scope(out var db);
        Assert.Contains(await db.AuditEntries.Where(a => a.CaseId == c.Id).Select(a => a.Action).ToListAsync(), a => a == "Previewed wording with a case");
    }

    [Fact]
    public async Task Administrator_SharesOneWithEveryTeam_AndRemovesIt()
    {
        var admin = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await admin.GetAsync("/staff/admin/response-templates/new");
        var title = $"For all {Guid.NewGuid():N}"[..20];
        await admin.SubmitAsync(Template(title, "", "Thank you for your patience."), button: "Save");
        int id;
        await using (app.Scope(out var db))
            id = (await db.ResponseTemplates.SingleAsync(t => t.Title == title && t.TeamId == null)).Id;

        await admin.GetAsync($"/staff/admin/response-templates/{id}");
        await admin.SubmitAsync(button: "Remove this template");
        Assert.Contains($"{title} removed", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        await using (app.Scope(out var db))
            Assert.False(await db.ResponseTemplates.AnyAsync(t => t.Id == id));
    }
}

public class ResponseTemplateTestsOnSqlite(SqliteApp app) : ResponseTemplateTests(app);
public class ResponseTemplateTestsOnPostgres(PostgresApp app) : ResponseTemplateTests(app);
