using System.Net;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Catalogue;

/// <summary>Services as a council keeps them in its own pages: added as drafts, made live, found, retired, linked elsewhere.</summary>
public abstract class ServiceAdminTests(TestApp app)
{
    static string Unique() => Guid.NewGuid().ToString("N")[..8];

    async Task<Browser> AdminAsync() => StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));

    /// <summary>Posts the service's page as it stands (fetched afresh unless <paramref name="reload"/> is false), with these fields changed.</summary>
    static async Task SaveAsync(Browser browser, int id, Dictionary<string, string> changes, bool reload = true)
    {
        if (reload) await browser.GetAsync($"/staff/admin/services/{id}");
        var form = browser.Page.QuerySelector("main form[method=post]")!;
        var fields = new Dictionary<string, string>();
        var ticked = new List<(string, string)>();
        // Hidden fields (the version, the anti-forgery token) go with the form as they are.
        foreach (var input in form.QuerySelectorAll("input:not([type=hidden]), textarea, select"))
        {
            var name = input.GetAttribute("name")!;
            if (changes.ContainsKey(name)) continue;
            if (input.GetAttribute("type") is "radio" or "checkbox")
            {
                if (input.HasAttribute("checked")) ticked.Add((name, input.GetAttribute("value")!));
            }
            else if (input.LocalName == "select") fields[name] = input.QuerySelector("option[selected]")?.GetAttribute("value") ?? "";
            else fields[name] = input.LocalName == "textarea" ? input.TextContent : input.GetAttribute("value") ?? "";
        }
        foreach (var (k, v) in changes) fields[k] = v;
        await browser.SubmitAsync(fields, extra: ticked);
    }

    async Task<Service> NewDraftAsync(Browser admin, string? copyFrom = null)
    {
        var slug = $"clear-leaves-{Unique()}";
        await admin.GetAsync("/staff/admin/services/new");
        await admin.SubmitAsync(new Dictionary<string, string>
        {
            ["name"] = "Ask us to clear leaves", ["slug"] = slug, ["team"] = "Highways", ["topic"] = $"Roads and leaves {Unique()}",
            ["summary"] = "Ask us to clear fallen leaves from a road or pavement.", ["kind"] = "Form", ["copyFrom"] = copyFrom ?? "",
        });
        await using var scope = app.Scope(out var db);
        return await db.Services.SingleAsync(s => s.Slug == slug);
    }

    [Fact]
    public async Task AddService_BadDetailsRefused_ThenADraftNobodyOutsideSees()
    {
        await TestData.TeamAsync(app, "Highways");
        var existing = await TestData.ServiceAsync(app);
        var admin = await AdminAsync();
        await admin.GetAsync("/staff/admin/services/new");
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = "", ["slug"] = "Not A Slug!", ["team"] = "", ["topic"] = "", ["summary"] = "" });
        Assert.Equal([
            "Enter the service's name", "The web address must be lower-case letters and numbers, with hyphens between words, like report-a-pothole",
            "Choose the team that deals with it", "Enter the topic", "Enter a summary", "Choose whether it has a form or links to another website"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string>
        {
            ["name"] = "Copy", ["slug"] = existing.Slug, ["team"] = "Highways", ["topic"] = "Roads", ["summary"] = "Copy.", ["kind"] = "Link", ["externalUrl"] = "javascript:alert(1)",
        });
        Assert.Equal([$"There is already a service at /services/{existing.Slug}. Choose another address", "Enter a full website address, like https://www.example.gov.uk/pay-council-tax"], admin.ErrorSummary);

        var draft = await NewDraftAsync(admin, copyFrom: existing.Id.ToString());
        Assert.Equal($"/staff/admin/services/{draft.Id}", admin.Path);
        Assert.Contains("Ask us to clear leaves added as a draft", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal(ServiceStatus.Draft, draft.Status);
        Assert.Equal(existing.Form.Questions.Select(q => q.Id), draft.Form.Questions.Select(q => q.Id));

        var resident = app.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetAsync($"/services/{draft.Slug}")).StatusCode);
        Assert.DoesNotContain(draft.Slug, await resident.GetStringAsync("/services"));
        Assert.DoesNotContain(draft.Slug, await resident.GetStringAsync("/open311/v2/services.xml"));
        await using var scope = app.Scope(out var db);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == "Added the service Ask us to clear leaves" && a.Changes!.Contains(draft.Slug)));
    }

    [Fact]
    public async Task MakeLive_WithAtoZTitlesAndMarkdown_FoundWhereResidentsLook()
    {
        var admin = await AdminAsync();
        var empty = await NewDraftAsync(admin);
        await SaveAsync(admin, empty.Id, new() { ["status"] = "Live" });
        Assert.Equal(["Add a question to the service's form, or give the website it links to, before making it live"], admin.ErrorSummary);

        var draft = await NewDraftAsync(admin, copyFrom: (await TestData.ServiceAsync(app)).Id.ToString());
        var title = $"Leaves: clear them {Unique()}";
        var alternative = $"Autumn leaves {Unique()}";
        await SaveAsync(admin, draft.Id, new()
        {
            ["status"] = "Live", ["azTitle"] = title, ["alternativeTitles"] = $"{alternative}\n",
            ["description"] = "## Before you ask\n\nWe clear **main roads** first.\n\n* Check [our map](https://example.gov.uk/map)\n* [Bad](javascript:alert(1))\n\n<script>alert(1)</script>",
        });
        Assert.Equal($"/staff/admin/services/{draft.Id}", admin.Path);

        var resident = new Browser(app.CreateClient());
        await resident.GetAsync("/services");
        var b = resident.Page.QuerySelector("#letter-L")!.NextElementSibling!;
        Assert.Contains(b.QuerySelectorAll("a"), a => a.TextContent == title && a.GetAttribute("href") == $"/services/{draft.Slug}");
        Assert.Contains(resident.Page.QuerySelector("#letter-A")!.NextElementSibling!.QuerySelectorAll("a"), a => a.TextContent == alternative);
        Assert.DoesNotContain(resident.Page.QuerySelectorAll("main a"), a => a.TextContent == "Ask us to clear leaves");
        await resident.GetAsync($"/search?q={Uri.EscapeDataString(alternative.Split(' ')[2])}");
        Assert.Contains(resident.Page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/services/{draft.Slug}");
        await resident.GetAsync(CatalogueLinks.Topic(draft.Category));
        Assert.Contains("Ask us to clear leaves", resident.Page.QuerySelector("#topic-services")!.TextContent);

        await resident.GetAsync($"/services/{draft.Slug}");
        var main = resident.Page.QuerySelector("main")!;
        Assert.Equal("govuk-heading-m", main.QuerySelector("h2")!.ClassName);
        Assert.Equal("Before you ask", main.QuerySelector("h2")!.TextContent);
        Assert.NotNull(main.QuerySelector("ul.govuk-list--bullet a.govuk-link[href='https://example.gov.uk/map']"));
        Assert.Null(main.QuerySelector("a[href^='javascript']"));
        Assert.Null(main.QuerySelector("script"));
        Assert.Contains("<script>alert(1)</script>", main.TextContent);
    }

    [Fact]
    public async Task Retire_KeepsCasesAndOldLinksSayWhatToDoInstead()
    {
        var admin = await AdminAsync();
        var service = await TestData.ServiceAsync(app);
        var c = await TestData.CaseAsync(app, service);
        var resident = new Browser(app.CreateClient());
        await Journey.StartAsync(resident, service);

        await SaveAsync(admin, service.Id, new() { ["status"] = "Retired", ["retiredMessage"] = "" });
        Assert.Equal(["Say what residents should do instead now the service is retired"], admin.ErrorSummary);
        await SaveAsync(admin, service.Id, new() { ["status"] = "Retired", ["retiredMessage"] = "Use [the new form](/services/elsewhere) instead." });
        Assert.Equal($"/staff/admin/services/{service.Id}", admin.Path);

        // Part-way through, the next page sends the resident back to the start page, which says what to do.
        await resident.SubmitAsync(new Dictionary<string, string> { ["answer"] = "road" });
        Assert.Equal($"/services/{service.Slug}", resident.Path);
        Assert.Equal(HttpStatusCode.Gone, resident.Status);
        Assert.Contains("the new form", resident.Page.QuerySelector("#retired")!.TextContent);
        Assert.Null(resident.Page.QuerySelector("main form button"));

        var (_, key) = await ApiTestClients.CreateAsync(app, [Features.ApiClients.ApiScopes.WriteCases]);
        var open311 = new Open311.Open311Client(app);
        var (status, _) = await open311.PostXmlAsync("v2/requests.xml", ("api_key", key), ("service_code", service.Slug), ("lat", "53.75"), ("long", "-2.48"));
        Assert.Equal(404, status);
        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        await officer.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Equal(HttpStatusCode.OK, officer.Status);
    }

    [Fact]
    public async Task LinkToAnotherWebsite_ListedButTakesNoRequests()
    {
        var admin = await AdminAsync();
        var slug = $"pay-council-tax-{Unique()}";
        await admin.GetAsync("/staff/admin/services/new");
        await admin.SubmitAsync(new Dictionary<string, string>
        {
            ["name"] = "Pay your council tax", ["slug"] = slug, ["team"] = "Highways", ["topic"] = "Council tax",
            ["summary"] = "Pay online by debit card.", ["kind"] = "Link", ["externalUrl"] = "https://pay.example.gov.uk/council-tax",
        });
        int id;
        await using (app.Scope(out var db)) id = (await db.Services.SingleAsync(s => s.Slug == slug)).Id;
        await SaveAsync(admin, id, new() { ["status"] = "Live" });

        var resident = new Browser(app.CreateClient());
        await resident.GetAsync($"/services/{slug}");
        Assert.Equal("https://pay.example.gov.uk/council-tax", resident.Page.QuerySelector("a.govuk-button--start")!.GetAttribute("href"));
        Assert.Contains(slug, await app.CreateClient().GetStringAsync("/services"));
        Assert.DoesNotContain(slug, await app.CreateClient().GetStringAsync("/open311/v2/services.xml"));
    }

    [Fact]
    public async Task ServiceManager_SetsUpOnlyTheirOwnTeamsServices()
    {
        var team = await TestData.TeamAsync(app, $"Parks {Unique()}");
        var own = await TestData.ServiceAsync(app, team: team.Name);
        var other = await TestData.ServiceAsync(app);
        var manager = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.ServiceManager, team.Name));

        await manager.GetAsync("/staff/admin/services");
        Assert.Contains(own.Name, manager.Page.QuerySelector("#services")!.TextContent);
        Assert.DoesNotContain(other.Name, manager.Page.QuerySelector("#services")!.TextContent);
        await manager.GetAsync($"/staff/admin/services/{other.Id}");
        Assert.Equal(HttpStatusCode.Forbidden, manager.Status);
        await manager.GetAsync($"/staff/admin/services/{own.Id}");
        Assert.Equal([team.Name], manager.Page.QuerySelectorAll("select[name=team] option").Select(o => o.GetAttribute("value")));
        await SaveAsync(manager, own.Id, new() { ["team"] = "Highways" });
        Assert.Equal(["Choose the team that deals with it"], manager.ErrorSummary);
        await SaveAsync(manager, own.Id, new() { ["summary"] = "Report damage to park benches." });
        Assert.Equal($"/staff/admin/services/{own.Id}", manager.Path);

        await using var scope = app.Scope(out var db);
        Assert.Equal("Report damage to park benches.", (await db.Services.SingleAsync(s => s.Id == own.Id)).Summary);
        var entry = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.Action == $"Changed the service {own.Name}");
        Assert.Equal([new FieldChange("Summary", own.Summary, "Report damage to park benches.")], FieldChange.Parse(entry.Changes));
    }

    [Fact]
    public async Task TwoPeopleEditTheSameService_TheSecondIsToldAndNothingIsOverwritten()
    {
        var service = await TestData.ServiceAsync(app);
        var first = await AdminAsync();
        var second = await AdminAsync();
        await second.GetAsync($"/staff/admin/services/{service.Id}");
        await SaveAsync(first, service.Id, new() { ["summary"] = "First summary." });
        await SaveAsync(second, service.Id, new() { ["summary"] = "Second summary." }, reload: false);
        Assert.StartsWith("Someone else changed this service while you were editing it", Assert.Single(second.ErrorSummary));
        await using var scope = app.Scope(out var db);
        Assert.Equal("First summary.", (await db.Services.SingleAsync(s => s.Id == service.Id)).Summary);
    }
}

public class ServiceAdminTestsOnSqlite(SqliteApp app) : ServiceAdminTests(app);
public class ServiceAdminTestsOnPostgres(PostgresApp app) : ServiceAdminTests(app);
