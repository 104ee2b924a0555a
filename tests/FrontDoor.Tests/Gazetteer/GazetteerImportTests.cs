using System.Net.Http.Headers;
using System.Text;
using FrontDoor.Features.Gazetteer;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Gazetteer;

public abstract class GazetteerImportTests(TestApp app)
{
    [Fact]
    public async Task Import_GoodAndBadRows_UpsertsByUprnAndReportsEachRejection()
    {
        var baseUprn = 900_000_000_000 + Random.Shared.NextInt64(1, 90_000_000) * 10;
        string Csv(string firstStreet) => $""""
            UPRN,ADDRESS_LINE_1,ADDRESS_LINE_2,STREET,TOWN,POSTCODE,WARD,EASTING,NORTHING,LATITUDE,LONGITUDE,CLASSIFICATION
            {baseUprn},1 {firstStreet},,{firstStreet},Ashworth,fd1 9zz,Abbey,,,52.61,-1.60,RD04
            {baseUprn + 1},Ben Nevis Summit,,Summit Path,Fort William,PH33 6SY,Lochaber,216667,771285,,,LP
            {baseUprn + 2},"Flat 2, ""The Mill""",Mill Yard,Mill Lane,Ashworth,FD1 9ZZ,Abbey,,,52.62,-1.61,RD06
            abc,2 Nowhere,,Nowhere,Ashworth,FD1 9ZZ,Abbey,,,52.6,-1.6,RD04
            {baseUprn + 3},,,Gap Street,Ashworth,FD1 9ZZ,Abbey,,,52.6,-1.6,RD04
            {baseUprn + 4},4 Odd Street,,Odd Street,Ashworth,NOT A CODE,Abbey,,,52.6,-1.6,RD04
            {baseUprn + 5},5 Far Street,,Far Street,Paris,FD1 9ZZ,Abbey,,,48.85,2.35,RD04
            {baseUprn},1 Again,,Again,Ashworth,FD1 9ZZ,Abbey,,,52.6,-1.6,RD04
            """";
        var admin = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await Upload(admin, Csv("Tannery Row"));
        Assert.Equal(["3", "0", "5"], admin.Page.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent.Trim()).ToList());
        var reasons = admin.Page.QuerySelectorAll("#rejected tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(reasons, r => r.Contains("The UPRN must be a whole number"));
        Assert.Contains(reasons, r => r.Contains("ADDRESS_LINE_1 is missing"));
        Assert.Contains(reasons, r => r.Contains("NOT A CODE is not a valid UK postcode"));
        Assert.Contains(reasons, r => r.Contains("in the UK"));
        Assert.Contains(reasons, r => r.Contains("more than once"));

        await using (app.Scope(out var db))
        {
            var summit = await db.Properties.SingleAsync(p => p.Uprn == baseUprn + 1);
            Assert.Equal(56.7969, summit.Latitude, 0.002);
            Assert.Equal(-5.0036, summit.Longitude, 0.002);
            Assert.Equal(216667, summit.Easting);
            var flat = await db.Properties.SingleAsync(p => p.Uprn == baseUprn + 2);
            Assert.Equal("Flat 2, \"The Mill\"", flat.AddressLine1);
            Assert.Equal("FD1 9ZZ", flat.Postcode);
        }

        await Upload(admin, Csv("Tannery Lane"));
        Assert.Equal(["0", "3", "5"], admin.Page.QuerySelectorAll(".govuk-summary-list__value").Select(v => v.TextContent.Trim()).ToList());
        await using (app.Scope(out var db))
            Assert.Equal("Tannery Lane", (await db.Properties.SingleAsync(p => p.Uprn == baseUprn)).Street);
    }

    [Fact]
    public async Task Import_WrongColumns_ClearErrorAndNothingChanged()
    {
        var admin = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await Upload(admin, "ID,ADDRESS\n1,Somewhere\n");
        Assert.Contains("Missing: UPRN", admin.ErrorSummary.Single());
        await admin.GetAsync("/staff/admin/gazetteer");
        await admin.SubmitAsync();
        Assert.Equal(["Select a CSV file"], admin.ErrorSummary);
    }

    [Fact]
    public async Task AddressSearch_PostcodePartialPostcodeAndStreet_FindsProperties()
    {
        var property = await TestData.PropertyAsync(app);
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, null));
        async Task<string> Search(string q) => (await agent.GetAsync($"/staff/properties?q={Uri.EscapeDataString(q)}")).QuerySelector("main")!.TextContent;

        Assert.Contains(property.SingleLine, await Search(property.Postcode.ToLowerInvariant().Replace(" ", "")));
        Assert.Contains(property.Postcode[..3], await Search(property.Postcode[..3]));
        var number = property.AddressLine1.Split(' ')[0];
        var streetStart = property.Street.Split(' ')[0];
        var found = await Search($"{number} {streetStart.ToLowerInvariant()}");
        Assert.Contains(property.SingleLine, found);
        Assert.DoesNotContain($"{int.Parse(number) + 1} {property.Street}, ", found);
        await Search("zzzz nowhere");
        Assert.Single(agent.ErrorSummary);
    }

    async Task Upload(Browser admin, string csv)
    {
        await admin.GetAsync("/staff/admin/gazetteer");
        var form = new MultipartFormDataContent
        {
            { new StringContent(admin.AntiforgeryToken), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "gazetteer.csv");
        var response = await admin.Client.PostAsync("/staff/admin/gazetteer", form);
        await admin.GetFromResponseAsync(response);
    }
}

public class GazetteerImportTestsOnSqlite(SqliteApp app) : GazetteerImportTests(app);
public class GazetteerImportTestsOnPostgres(PostgresApp app) : GazetteerImportTests(app);
