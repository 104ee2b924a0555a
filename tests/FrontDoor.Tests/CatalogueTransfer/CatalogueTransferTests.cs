using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.CatalogueTransfer;

/// <summary>
/// The catalogue file: exported from one FrontDoor (the demo council, in an app of its own) and imported into an empty one,
/// from the pages and from the command line; a file with problems changes nothing.
/// </summary>
public abstract class CatalogueTransferTests(TestApp source, TestApp empty)
{
    async Task<Browser> AdminAsync(TestApp app) => StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));

    static async Task<string> ExportAsync(Browser admin)
    {
        var response = await admin.Client.GetAsync(StaffLinks.Catalogue + "?handler=export");
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        return await response.Content.ReadAsStringAsync();
    }

    static async Task UploadAsync(Browser admin, string json)
    {
        await admin.GetAsync(StaffLinks.Catalogue);
        var form = new MultipartFormDataContent { { new StringContent(admin.AntiforgeryToken), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "catalogue.json");
        await admin.GetFromResponseAsync(await admin.Client.PostAsync(StaffLinks.Catalogue, form));
    }

    static async Task<string> TextOfAsync(TestApp app, string path) =>
        (await new Browser(app.CreateClient()).GetAsync(path)).QuerySelector("main")!.TextContent;

    [Fact]
    public async Task ExportedDemo_ImportedIntoAnEmptyFrontDoorByCommand_GivesTheSameAtoZFormsAndOpen311List()
    {
        var exported = await ExportAsync(await AdminAsync(source));
        var path = Path.Combine(Path.GetTempPath(), $"catalogue-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, exported);
        var (exitCode, output, error) = await TestSupport.RunAsync(new ProcessStartInfo("dotnet"),
            [typeof(Program).Assembly.Location, .. empty.CommandSettings, "import-catalogue", path]);
        Assert.True(exitCode == 0, output + error);
        Assert.Contains("Imported ", output);

        Assert.Equal(await TextOfAsync(source, "/services"), await TextOfAsync(empty, "/services"));
        Assert.Equal(await source.CreateClient().GetStringAsync("/open311/v2/services.xml"), await empty.CreateClient().GetStringAsync("/open311/v2/services.xml"));
        Assert.Equal(await source.CreateClient().GetStringAsync("/open311/v2/services/pothole.xml"), await empty.CreateClient().GetStringAsync("/open311/v2/services/pothole.xml"));
        Assert.Equal(await TextOfAsync(source, "/help/privacy-notice"), await TextOfAsync(empty, "/help/privacy-notice"));
        // The demo's rounds too (and any another test of this class imported first).
        await using (empty.Scope(out var db))
            Assert.Subset(await db.Diaries.Where(d => d.Use == FrontDoor.Features.Slots.DiaryUse.Collections).Select(d => d.Name).ToHashSetAsync(),
                new HashSet<string> { "Bulky waste: north round", "Bulky waste: south round", "Pest control visits" });
        // What the empty one now exports is what it was given.
        Assert.Equal(exported, await ExportAsync(await AdminAsync(empty)));
    }

    [Fact]
    public async Task Import_AFileWithProblems_ListsEachWithItsPlace_AndChangesNothing()
    {
        var admin = await AdminAsync(source);
        int services, teams;
        await using (source.Scope(out var db)) (services, teams) = (await db.Services.CountAsync(), await db.Teams.CountAsync());

        await UploadAsync(admin, """
            {
              "format": "frontdoor-catalogue", "version": 1,
              "teams": [ { "name": "Coastal Protection", "email": "sea@example.gov.uk" } ],
              "services": [
                { "slug": "report-sea-wall-damage", "name": "Report sea wall damage", "category": "Coast", "team": "Coastal Protection",
                  "summary": "Tell us about damage to the sea wall.", "standardDays": 5,
                  "form": { "questions": [ { "id": "where", "type": "text", "label": "Where is it?" } ] } },
                { "slug": "Bad Slug", "name": "Bad", "category": "Coast", "team": "Nobody", "summary": "x", "standardDays": 5,
                  "form": { "questions": [ { "id": "kind", "type": "single-choice", "label": "What kind?", "options": [] } ] } }
              ],
              "responseTemplates": [ { "title": "Sea", "team": "Atlantis", "body": "Hello {{ nmae }}" } ],
              "messages": [ { "key": "acknowledgement", "channel": "fax", "language": "en", "body": "x" } ],
              "contentPages": [ { "slug": "terms", "title": "Terms", "body": "x" } ]
            }
            """);
        Assert.Equal([
            "services[1].slug: The web address must be lower-case letters and numbers, with hyphens between words, like report-a-pothole",
            "services[1].team: Choose the team that deals with it",
            "services[1].form.questions[0].options: Give at least 2 options, one a line",
            "responseTemplates[0].team: there is no team called Atlantis",
            "responseTemplates[0].body: The wording has a placeholder we do not know, {{ nmae }}. You can use {{ reference }}, {{ service }}, {{ customer_name }}, {{ due_date }}, {{ status }}, {{ team }}, {{ tracking_link }}, {{ council }}, {{ council_phone }}, {{ opening_hours }}",
            "messages[0].channel: acknowledgement is sent by email or sms or letter",
            "contentPages[0].slug: use privacy-notice, accessibility-statement, cookies, contact, performance"], admin.ErrorSummary);

        await UploadAsync(admin, """{ "format": "frontdoor-catalogue", "services": [ { "standardDays": "five" } ] }""");
        Assert.StartsWith("$.services[0].standardDays: ", admin.ErrorSummary.Single());

        await using (source.Scope(out var db))
        {
            Assert.Equal(services, await db.Services.CountAsync());
            Assert.Equal(teams, await db.Teams.CountAsync());
        }
    }

    [Fact]
    public async Task Import_ABookedServicesRounds_CheckedLikeTheDiaryPages_ThenMadeAndBroughtUpToDateByName()
    {
        var admin = await AdminAsync(source);
        static string File(string rounds) => $$"""
            { "format": "frontdoor-catalogue", "version": 1,
              "services": [ { "slug": "garden-waste-test", "name": "Book a garden waste collection", "category": "Bins and recycling", "team": "Waste Services",
                "summary": "Book a collection of garden waste.", "standardDays": 5,
                "form": { "questions": [ { "id": "location", "type": "location", "label": "Where?" }, { "id": "when", "type": "slot", "label": "When?" } ] },
                "rounds": {{rounds}} } ] }
            """;
        await UploadAsync(admin, File("""
            [ { "name": "Garden round", "noticeHours": -1, "bookAheadDays": 14, "hours": [
                { "day": "funday", "from": "7", "to": "17:00", "slotMinutes": 600, "places": 5 },
                { "day": "monday", "from": "07:00", "to": "17:00", "slotMinutes": 600, "places": 5 },
                { "day": "monday", "from": "08:00", "to": "09:00", "slotMinutes": 60, "places": 1 } ] },
              { "name": "garden round", "noticeHours": 24, "bookAheadDays": 14, "hours": [] } ]
            """));
        Assert.Equal([
            "services[0].rounds[0].noticeHours: The notice must be a whole number of hours from 0 to 720",
            "services[0].rounds[0].hours[0].day: use monday to sunday",
            "services[0].rounds[0].hours[0].from: give the opening time on the 24-hour clock, like 07:00",
            "services[0].rounds[0].hours[2].from: These hours overlap hours the diary already has that day",
            "rounds: Garden round is in the file twice"], admin.ErrorSummary);

        await UploadAsync(admin, File("""[ { "name": "Garden round", "wards": ["Abbey"], "noticeHours": 24, "bookAheadDays": 14, "hours": [ { "day": "monday", "from": "07:00", "to": "17:00", "slotMinutes": 600, "places": 5 } ] } ]"""));
        await UploadAsync(admin, File("""[ { "name": "Garden round", "wards": ["Castle", "Abbey"], "noticeHours": 48, "bookAheadDays": 21, "hours": [ { "day": "friday", "from": "07:00", "to": "17:00", "slotMinutes": 600, "places": 8 } ] } ]"""));
        await using var scope = source.Scope(out var db);
        var round = await db.Diaries.Include(d => d.Hours).Include(d => d.Service).SingleAsync(d => d.Name == "Garden round");
        Assert.Equal(("garden-waste-test", 48, 21), (round.Service!.Slug, round.NoticeHours, round.BookAheadDays));
        Assert.Equal(["Abbey", "Castle"], round.Wards);
        Assert.Equal((DayOfWeek.Friday, 8), (round.Hours.Single().Day, round.Hours.Single().Places));
    }

    [Fact]
    public async Task Import_ChangedQuestionsOfAnExistingService_PublishedAsANewVersion()
    {
        var admin = await AdminAsync(source);
        await UploadAsync(admin, """
            { "format": "frontdoor-catalogue", "version": 1,
              "services": [ { "slug": "dog-fouling", "name": "Report dog fouling", "category": "Streets", "team": "Environmental Enforcement",
                "summary": "Tell us where dog mess has been left.", "standardDays": 5,
                "form": { "questions": [ { "id": "where", "type": "textarea", "label": "Where is it?" } ] } } ] }
            """);
        Assert.Contains("1 services (1 forms published as a new version)", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        await using var scope = source.Scope(out var db);
        var service = await db.Services.SingleAsync(s => s.Slug == "dog-fouling");
        Assert.Equal(2, service.FormVersion);
        Assert.Equal(["where"], service.Form.Questions.Select(q => q.Id));
        Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "Imported a catalogue");
    }
}

public class CatalogueTransferTestsOnSqlite(OwnSqliteApp source, EmptySqliteApp empty) : CatalogueTransferTests(source, empty), IClassFixture<OwnSqliteApp>, IClassFixture<EmptySqliteApp>;
public class CatalogueTransferTestsOnPostgres(OwnPostgresApp source, EmptyPostgresApp empty) : CatalogueTransferTests(source, empty), IClassFixture<OwnPostgresApp>, IClassFixture<EmptyPostgresApp>;
