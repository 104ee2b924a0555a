using System.Net;
using System.Net.Http.Headers;
using FrontDoor.Features.CouncilDetails;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.CouncilDetails;

/// <summary>Branding and contact details as council data. Council-wide, so each database has an app of its own.</summary>
public abstract class CouncilDetailsTests(TestApp app)
{
    async Task<Browser> AdminAsync() => StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));

    static Dictionary<string, string> Details(string name, string colour) => new()
    {
        ["name"] = name, ["brandColour"] = colour, ["phone"] = "01632 960 123", ["email"] = "hello@borsetshire.example.gov.uk",
        ["address"] = "County Hall, Borchester", ["openingHours"] = "Monday to Thursday, 8am to 6pm",
    };

    static async Task SaveAsync(Browser admin, Dictionary<string, string> fields, byte[]? logo = null)
    {
        await admin.GetAsync(StaffLinks.CouncilDetails);
        var form = new MultipartFormDataContent { { new StringContent(admin.AntiforgeryToken), "__RequestVerificationToken" } };
        form.Add(new StringContent(admin.Page.QuerySelector("input[name=version]")!.GetAttribute("value")!), "version");
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        if (logo is not null)
        {
            var file = new ByteArrayContent(logo);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(file, "logo", "logo.png");
        }
        await admin.GetFromResponseAsync(await admin.Client.PostAsync(StaffLinks.CouncilDetails, form));
    }

    [Theory]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#000000", 21.0)]
    [InlineData("#1d70b8", 5.2)]
    public void Contrast_WithWhite_AsWcagCountsIt(string colour, double ratio) => Assert.Equal(ratio, Contrast.WithWhite(colour), 1);

    [Fact]
    public async Task Details_PaleColourRefused_ThenEveryPageAndMessageUsesThem()
    {
        var admin = await AdminAsync();
        await SaveAsync(admin, Details("Borsetshire Council", "#ffdd00"));
        Assert.Equal(["White text on #ffdd00 has a contrast of 1.3 to 1. Choose a darker colour: the header needs at least 4.5 to 1"], admin.ErrorSummary);
        await SaveAsync(admin, Details("", "blue"));
        Assert.Equal(["Enter the council's name", "Enter the colour as a hex code, like #1d70b8"], admin.ErrorSummary);

        await SaveAsync(admin, Details("Borsetshire Council", "#1D4F91"));
        Assert.Equal(StaffLinks.CouncilDetails, admin.Path);
        var home = await new Browser(app.CreateClient()).GetAsync("/");
        Assert.EndsWith("Borsetshire Council", home.Title);
        Assert.Contains("01632 960 123", home.QuerySelector("footer")!.TextContent);
        var stylesheet = home.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")).Single(h => h!.StartsWith("/branding.css"));
        Assert.Contains("#1d4f91", await app.CreateClient().GetStringAsync(stylesheet));

        var c = await TestData.CaseAsync(app);
        await using var scope = app.Scope(out var db);
        Assert.Contains("Thank you for contacting Borsetshire Council", (await db.OutboxMessages.FirstAsync(m => m.CaseId == c.Id)).Body);
        Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "Changed the council's details");
    }

    [Fact]
    public async Task Logo_OnlyARealImage_ShownInTheHeader_AndRemovable()
    {
        var admin = await AdminAsync();
        await SaveAsync(admin, Details("Ambridge Council", "#0b0c0c"), "<svg onload=alert(1)>"u8.ToArray());
        Assert.Equal(["The logo must be a JPG, PNG or WEBP image"], admin.ErrorSummary);

        byte[] png = [.. Forms.UploadCheckTests.Png, .. new byte[50]];
        await SaveAsync(admin, Details("Ambridge Council", "#0b0c0c"), png);
        var header = (await new Browser(app.CreateClient()).GetAsync("/")).QuerySelector("header img")!;
        Assert.Equal("Ambridge Council home page", header.GetAttribute("alt"));
        var logo = await app.CreateClient().GetAsync(header.GetAttribute("src"));
        Assert.Equal("image/png", logo.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await logo.Content.ReadAsByteArrayAsync());

        var fields = Details("Ambridge Council", "#0b0c0c");
        fields["removeLogo"] = "true";
        await SaveAsync(admin, fields);
        Assert.Null((await new Browser(app.CreateClient()).GetAsync("/")).QuerySelector("header img"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/branding/logo")).StatusCode);
    }
}

public class CouncilDetailsTestsOnSqlite(OwnSqliteApp app) : CouncilDetailsTests(app), IClassFixture<OwnSqliteApp>;
public class CouncilDetailsTestsOnPostgres(OwnPostgresApp app) : CouncilDetailsTests(app), IClassFixture<OwnPostgresApp>;
