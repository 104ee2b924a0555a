using System.Net;
using System.Net.Http.Json;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Catalogue;

/// <summary>The form designer: its rules, drafts that nobody outside sees, versions that cases keep.</summary>
public abstract class FormDesignerTests(TestApp app)
{
    async Task<Browser> AdminAsync() => StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));

    static Dictionary<string, string> Question(string id, string type, string label, string options = "") => new()
    {
        ["id"] = id, ["type"] = type, ["label"] = label, ["hint"] = "", ["name"] = "", ["required"] = "yes", ["options"] = options,
        ["maxLength"] = "", ["min"] = "", ["max"] = "", ["dateRule"] = "Any",
    };

    async Task<Service> ReloadAsync(Service service)
    {
        await using var scope = app.Scope(out var db);
        return await db.Services.AsNoTracking().SingleAsync(s => s.Id == service.Id);
    }

    [Fact]
    public async Task AddQuestion_RulesRefuseWhatWouldNotWork_ThenADraftUntilPublished()
    {
        var service = await TestData.ServiceAsync(app);
        var admin = await AdminAsync();
        await admin.GetAsync($"/staff/admin/services/{service.Id}/form/question");
        // The upload page adds the file types and size after a file question's hint, so the hint should not say them.
        Assert.Contains("adds the file types and size", admin.Page.QuerySelector("#hint-hint")!.TextContent);
        await admin.SubmitAsync(Question("depth", "SingleChoice", "<b>Size</b>", "big"));
        Assert.Equal(["The question must not include HTML or code, such as < and >", "There is already a question with the code depth", "Give at least 2 options, one a line"], admin.ErrorSummary);
        await admin.SubmitAsync(Question("Bad Code", "Location", "Where?"));
        Assert.Equal(["A form can ask for one location only", "The code must start with a letter and use only lower-case letters, numbers and underscores, like depth or bin_type"], admin.ErrorSummary);

        await admin.SubmitAsync(Question("proof", "Document", "Upload a photo of the damage"));
        Assert.Equal(["A form can ask for one photo or document only"], admin.ErrorSummary);

        await admin.SubmitAsync(Question("surface", "SingleChoice", "What is the surface?", "tarmac|Tarmac\nCobbles\nGravel path"));
        Assert.Equal($"/staff/admin/services/{service.Id}/form", admin.Path);
        Assert.NotNull(admin.Page.QuerySelector("#unpublished"));

        // Not yet: the published form is still the one everyone is asked.
        var open311 = new Open311.Open311Client(app);
        var (_, before) = await open311.GetXmlAsync($"v2/services/{service.Slug}.xml");
        Assert.DoesNotContain("surface", before.ToString());

        await admin.SubmitAsync(button: "Publish these questions");
        Assert.Contains("Version 2 of the form is published", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        var published = await ReloadAsync(service);
        Assert.Equal(2, published.FormVersion);
        Assert.Null(published.DraftFormJson);
        Assert.Equal(["tarmac", "cobbles", "gravel_path"], published.Form.Find("surface")!.Options.Select(o => o.Value));
        var (_, after) = await open311.GetXmlAsync($"v2/services/{service.Slug}.xml");
        Assert.Contains("surface", after.ToString());

        var resident = new Browser(app.CreateClient());
        await Journey.StartAsync(resident, published);
        await resident.GetAsync($"/services/{service.Slug}/questions/surface");
        Assert.Contains("What is the surface?", resident.Page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task DateToBook_OneAForm_AndTheDesignerWarnsUntilADiaryOffersDates()
    {
        var service = await TestData.ServiceAsync(app);
        var admin = await AdminAsync();
        await admin.GetAsync($"/staff/admin/services/{service.Id}/form/question");
        await admin.SubmitAsync(Question("collection", "Slot", "When should we come?"));
        Assert.Equal($"/staff/admin/services/{service.Id}/form", admin.Path);
        Assert.Contains("no diary offers dates for this service yet", admin.Page.QuerySelector("#no-diary")!.TextContent);
        await admin.GetAsync($"/staff/admin/services/{service.Id}/form/question");
        await admin.SubmitAsync(Question("second_visit", "Slot", "When should we come back?"));
        Assert.Equal(["A form can ask for one date to book only"], admin.ErrorSummary);

        await using (app.Scope(out var db))
        {
            db.Diaries.Add(new() { Name = $"Visits {Guid.NewGuid():N}", Use = FrontDoor.Features.Slots.DiaryUse.Collections, ServiceId = service.Id, TeamId = service.TeamId });
            await db.SaveChangesAsync();
        }
        await admin.GetAsync($"/staff/admin/services/{service.Id}/form");
        Assert.Null(admin.Page.QuerySelector("#no-diary"));
    }

    [Fact]
    public async Task Preview_WalksTheDraftQuestionsInTheResidentsPages_BeforeTheServiceIsLive_AndSendsNothing()
    {
        var service = await TestData.ServiceAsync(app, s => s.Status = ServiceStatus.Draft);
        var admin = await AdminAsync();
        await admin.GetAsync($"/staff/admin/services/{service.Id}/form/question");
        await admin.SubmitAsync(Question("surface", "SingleChoice", "What is the surface?", "tarmac|Tarmac\ncobbles|Cobbles"));
        for (var i = 0; i < TestData.StreetProblemForm.Questions.Count; i++) await admin.SubmitAsync(button: "Move up What is the surface?");

        await admin.SubmitAsync(button: "Preview as a resident");
        Assert.Equal($"/services/{service.Slug}/questions/surface", admin.Path);
        Assert.Contains("Nothing you enter is sent", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Contains("What is the surface?", admin.Page.QuerySelector("h1")!.TextContent);

        await admin.SubmitAsync(new Dictionary<string, string> { ["answer"] = "tarmac" });
        await Journey.AnswerAllAsync(app, admin, service, $"preview-{Guid.NewGuid():N}@example.com");
        await admin.SubmitAsync();
        Assert.Equal($"/staff/admin/services/{service.Id}/form", admin.Path);
        Assert.Contains("Nothing was sent", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        await using (app.Scope(out var db))
            Assert.False(await db.Cases.AnyAsync(c => c.ServiceId == service.Id));

        // Nobody else is asked the draft, and a service not yet live takes no requests.
        var resident = new Browser(app.CreateClient());
        await resident.GetAsync($"/services/{service.Slug}/questions/surface");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, resident.Status);

        await admin.GetAsync($"/staff/admin/services/{service.Id}/form");
        await admin.SubmitAsync(button: "Preview as an agent taking a call");
        Assert.Contains("Raising a request for a caller", admin.Page.QuerySelector("main")!.ParentElement!.TextContent);
    }

    [Fact]
    public async Task Preview_OfALiveService_LeavesEveryoneElseAskedThePublishedQuestions()
    {
        var service = await TestData.ServiceAsync(app);
        var resident = new Browser(app.CreateClient());
        await Journey.StartAsync(resident, service);
        var admin = await AdminAsync();
        await admin.GetAsync($"/staff/admin/services/{service.Id}/form/question");
        await admin.SubmitAsync(Question("surface", "SingleChoice", "What is the surface?", "tarmac|Tarmac\ncobbles|Cobbles"));
        for (var i = 0; i < TestData.StreetProblemForm.Questions.Count; i++) await admin.SubmitAsync(button: "Move up What is the surface?");
        await admin.SubmitAsync(button: "Preview as a resident");
        Assert.Contains("What is the surface?", admin.Page.QuerySelector("h1")!.TextContent);

        // The service is held in memory for every request: the preview's draft questions are its own copy's.
        await resident.GetAsync($"/services/{service.Slug}/questions/surface");
        Assert.Equal(HttpStatusCode.NotFound, resident.Status);
    }

    [Fact]
    public async Task PublishedVersion_CasesKeepTheQuestionsTheyWereAsked()
    {
        var service = await TestData.ServiceAsync(app);
        var c = await TestData.CaseAsync(app, service);
        var admin = await AdminAsync();
        await admin.GetAsync($"/staff/admin/services/{service.Id}/form/question/depth");
        var changed = Question("depth", "SingleChoice", "How deep is the hole, roughly?", "shallow|Shallow\ndeep|Deep\nunsure|Not sure");
        await admin.SubmitAsync(changed);
        await admin.SubmitAsync(button: "Publish these questions");
        var later = await TestData.CaseAsync(app, await ReloadAsync(service));

        await admin.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Contains("How deep is it?", admin.Page.QuerySelector("main")!.TextContent);
        Assert.Contains("4cm or deeper", admin.Page.QuerySelector("main")!.TextContent);
        await admin.GetAsync($"/staff/cases/{later.Reference}");
        Assert.Contains("How deep is the hole, roughly?", admin.Page.QuerySelector("main")!.TextContent);
        await using var scope = app.Scope(out var db);
        Assert.Equal((1, 2), ((await db.Cases.SingleAsync(x => x.Id == c.Id)).FormVersion, (await db.Cases.SingleAsync(x => x.Id == later.Id)).FormVersion));
        Assert.Equal([1, 2], await db.FormVersions.Where(v => v.ServiceId == service.Id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync());
    }

    [Fact]
    public async Task MoveRemoveAndDiscard_ChangeOnlyTheDraft_AndAnEmptyFormCannotBePublished()
    {
        var service = await TestData.ServiceAsync(app);
        var admin = await AdminAsync();
        await admin.GetAsync($"/staff/admin/services/{service.Id}/form");
        await admin.SubmitAsync(button: "Move down How deep is it?");
        Assert.Equal(["where_on_road", "location", "depth", "photo", "description"], (await ReloadAsync(service)).DraftForm.Questions.Select(q => q.Id));
        await admin.SubmitAsync(button: "Discard changes");
        var discarded = await ReloadAsync(service);
        Assert.Null(discarded.DraftFormJson);
        Assert.Equal(1, discarded.FormVersion);

        foreach (var label in service.Form.Questions.Select(q => q.Label))
            await admin.SubmitAsync(button: $"Remove {label}");
        Assert.Equal("There are no questions yet.", admin.Page.QuerySelector("#questions")!.TextContent.Trim());
        await admin.SubmitAsync(button: "Publish these questions");
        Assert.Equal(["Add a question before publishing the form"], admin.ErrorSummary);
        Assert.Equal(5, (await ReloadAsync(service)).Form.Questions.Count);
    }

    [Fact]
    public async Task TwoPeopleDesigningAtOnce_TheSecondIsToldAndNothingIsLost()
    {
        var service = await TestData.ServiceAsync(app);
        var first = await AdminAsync();
        var second = await AdminAsync();
        await first.GetAsync($"/staff/admin/services/{service.Id}/form");
        await second.GetAsync($"/staff/admin/services/{service.Id}/form");
        await first.SubmitAsync(button: "Remove Add a photo");
        await second.SubmitAsync(button: "Remove Describe the problem");
        Assert.StartsWith("Someone else changed this service while you were editing it", Assert.Single(second.ErrorSummary));
        Assert.Equal(["where_on_road", "depth", "location", "description"], (await ReloadAsync(service)).DraftForm.Questions.Select(q => q.Id));
    }

    static readonly Question Blocking = new() { Id = "blocking", Type = QuestionType.YesNo, Label = "Is it blocking the road?", Name = "whether it is blocking the road" };
    static readonly Question Lanes = new()
    {
        Id = "lanes", Type = QuestionType.SingleChoice, Label = "Which lanes are blocked?", Name = "which lanes are blocked",
        Options = [new("one", "One lane"), new("both", "Both lanes")], ShowIf = new("blocking", ["yes"]),
    };

    [Fact]
    public async Task ConditionalQuestion_AskedAndNeededOnlyWhenItsAnswerIsGiven_OnEveryChannel()
    {
        var service = await TestData.ServiceAskingAsync(app, Blocking, Lanes);
        var resident = new Browser(app.CreateClient());
        await Journey.StartAsync(resident, service);
        await resident.SubmitAsync(new Dictionary<string, string> { ["answer"] = "no" });
        Assert.Equal($"/services/{service.Slug}/contact", resident.Path);
        Assert.Equal($"/services/{service.Slug}/questions/blocking", resident.Page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        await resident.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "Cora Condition", ["email"] = Residents.NewEmail(), ["phone"] = "" });
        Assert.DoesNotContain("Which lanes are blocked?", resident.Page.QuerySelector("main")!.TextContent);

        // Changing the answer opens the question it now leads to, then returns to check answers.
        await resident.GetAsync($"/services/{service.Slug}/questions/blocking?change=true");
        await resident.SubmitAsync(new Dictionary<string, string> { ["answer"] = "yes" });
        Assert.Equal($"/services/{service.Slug}/questions/lanes", resident.Path);
        Assert.Equal($"/services/{service.Slug}/check", resident.Page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        await resident.SubmitAsync(new Dictionary<string, string> { ["answer"] = "both" });
        Assert.Equal($"/services/{service.Slug}/check", resident.Path);
        Assert.Contains("Both lanes", resident.Page.QuerySelector("main")!.TextContent);

        var (_, key) = await ApiTestClients.CreateAsync(app, [Features.ApiClients.ApiScopes.WriteCases]);
        var open311 = new Open311.Open311Client(app);
        var (_, definition) = await open311.GetXmlAsync($"v2/services/{service.Slug}.xml");
        var lanes = definition.Element("attributes")!.Elements("attribute").Single(a => a.Element("code")!.Value == "lanes");
        Assert.Equal("false", lanes.Element("required")!.Value);
        Assert.Contains("only when blocking is yes", lanes.Element("datatype_description")!.Value);
        (string, string)[] Post(params (string, string)[] answers) =>
            [("api_key", key), ("service_code", service.Slug), ("lat", "53.75"), ("long", "-2.48"), ("first_name", "Otto"), ("last_name", "Open"), .. answers];
        var needed = await open311.PostJsonAsync("v2/requests.json", Post(("attribute[blocking]", "yes")));
        Assert.Equal(400, needed.Status);
        Assert.Contains("attribute[lanes]: Select which lanes are blocked", Open311.Open311Client.Errors(needed.Json, 400));
        var skipped = await open311.PostJsonAsync("v2/requests.json", Post(("attribute[blocking]", "no"), ("attribute[lanes]", "both")));
        Assert.Equal(200, skipped.Status);
        // The REST API's schema does not list it as required, and its intake asks for it only when it is asked.
        var api = ApiTestClients.Http(app, key);
        var schema = System.Text.Json.JsonDocument.Parse(await api.GetStringAsync($"/api/v1/services/{service.Slug}")).RootElement.GetProperty("form");
        Assert.Equal(["blocking"], schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        var refused = await api.PostAsJsonAsync("/api/v1/cases", new { service_code = service.Slug, answers = new { blocking = "yes" }, contact = new { name = "Ada Api" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("answers.lanes", await refused.Content.ReadAsStringAsync());

        await using var scope = app.Scope(out var db);
        var reference = skipped.Json[0].GetProperty("service_request_id").GetString();
        Assert.False((await db.Cases.SingleAsync(c => c.Reference == reference)).Answers.ContainsKey("lanes"));
    }

    [Fact]
    public async Task Condition_OnALaterQuestionOrAnAnswerItCannotGive_Refused()
    {
        var service = await TestData.ServiceAskingAsync(app, Blocking, new Question { Id = "notes", Type = QuestionType.Text, Label = "Anything else?" });
        var admin = await AdminAsync();
        await admin.GetAsync($"/staff/admin/services/{service.Id}/form/question/blocking");
        await admin.SubmitAsync(new Dictionary<string, string>(Question("blocking", "YesNo", "Is it blocking the road?")) { ["showIfQuestion"] = "notes", ["showIfValues"] = "x" });
        Assert.Equal(["Choose a choice or yes or no question that comes before this one"], admin.ErrorSummary);
        await admin.GetAsync($"/staff/admin/services/{service.Id}/form/question/notes");
        await admin.SubmitAsync(new Dictionary<string, string>(Question("notes", "Text", "Anything else?")) { ["showIfQuestion"] = "blocking", ["showIfValues"] = "maybe" });
        Assert.Equal(["maybe is not an answer to Is it blocking the road?. Use the codes: yes, no"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string>(Question("notes", "Text", "Anything else?")) { ["showIfQuestion"] = "blocking", ["showIfValues"] = "yes" });
        Assert.Equal($"/staff/admin/services/{service.Id}/form", admin.Path);

        // Moving the question above the one it waits on breaks the condition: publishing says so.
        await admin.SubmitAsync(button: "Move up Anything else?");
        await admin.SubmitAsync(button: "Publish these questions");
        Assert.Equal(["Anything else?: Choose a choice or yes or no question that comes before this one"], admin.ErrorSummary);
    }

    [Fact]
    public async Task ServiceManagerOfAnotherTeam_CannotDesignTheForm()
    {
        var service = await TestData.ServiceAsync(app);
        var manager = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.ServiceManager, $"Other {Guid.NewGuid():N}"));
        await manager.GetAsync($"/staff/admin/services/{service.Id}/form");
        Assert.Equal(HttpStatusCode.Forbidden, manager.Status);
        await manager.GetAsync($"/staff/admin/services/{service.Id}/form/question/depth");
        Assert.Equal(HttpStatusCode.Forbidden, manager.Status);
    }
}

public class FormDesignerTestsOnSqlite(SqliteApp app) : FormDesignerTests(app);
public class FormDesignerTestsOnPostgres(PostgresApp app) : FormDesignerTests(app);
