using System.Net;
using System.Net.Http.Headers;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Requests;

/// <summary>A document the service needs (a letter, a certificate), asked only when it applies, kept with the case for staff.</summary>
public abstract class DocumentUploadTests(TestApp app)
{
    static readonly Question HasLetter = new()
    {
        Id = "has_letter", Type = QuestionType.YesNo, Label = "Do you have the letter we sent you?", Name = "whether you have the letter",
    };

    static readonly Question Letter = new()
    {
        Id = "letter", Type = QuestionType.Document, Label = "Upload the letter", ShowIf = new("has_letter", ["yes"]),
    };

    static readonly Question Details = new() { Id = "details", Type = QuestionType.Textarea, Label = "Tell us what you need" };

    static async Task<AngleSharp.Dom.IDocument> UploadAsync(Browser browser, Service service, byte[] content, string name)
    {
        var step = JourneySteps.For(service, Letter);
        await browser.GetAsync(step);
        var form = new MultipartFormDataContent { { new StringContent(browser.AntiforgeryToken), "__RequestVerificationToken" } };
        if (content.Length > 0)
        {
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", name);
        }
        return await browser.GetFromResponseAsync(await browser.Client.PostAsync(step, form));
    }

    [Fact]
    public async Task Document_AskedWhenItApplies_RefusesWhatIsNotADocument_AndReachesStaffAsADownload()
    {
        var service = await TestData.ServiceAskingAsync(app, HasLetter, Letter, Details);
        var browser = new Browser(app.CreateClient());
        await Journey.StartAsync(browser, service);
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "yes" });
        Assert.Equal(JourneySteps.For(service, Letter), browser.Path);
        Assert.Contains("A PDF, a Word document or a JPG, PNG or WEBP image, smaller than 10MB.", browser.Page.QuerySelector(".govuk-hint")!.TextContent);

        await UploadAsync(browser, service, [], "");
        Assert.Equal(["Select a document"], browser.ErrorSummary);
        await UploadAsync(browser, service, "<html><script>alert(1)</script></html>"u8.ToArray(), "letter.pdf");
        Assert.Equal(["The selected file must be a PDF, a Word document (DOCX), or a JPG, PNG or WEBP image"], browser.ErrorSummary);
        await UploadAsync(browser, service, Forms.UploadCheckTests.Pdf, "council-letter.pdf");
        Assert.Equal(JourneySteps.For(service, Details), browser.Path);

        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "A new bin, please" });
        await browser.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "Dee Document", ["email"] = $"doc-{Guid.NewGuid():N}@example.com", ["phone"] = "" });
        Assert.Contains("council-letter.pdf", browser.Page.QuerySelector("main")!.TextContent);
        await browser.SubmitAsync();
        var reference = Journey.Reference(browser.Page);

        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        var casePage = await officer.GetAsync(StaffLinks.Case(reference));
        var link = casePage.QuerySelectorAll("a").Single(a => a.TextContent.Contains("council-letter.pdf"));
        Assert.Equal("Download council-letter.pdf (PDF)", link.TextContent.Trim());
        var download = await officer.Client.GetAsync(link.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(Forms.UploadCheckTests.Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Document_NotAskedWhenItDoesNotApply_AndNotKeptIfTheAnswerChanges()
    {
        var service = await TestData.ServiceAskingAsync(app, HasLetter, Letter, Details);
        var browser = new Browser(app.CreateClient());
        await Journey.StartAsync(browser, service);
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "yes" });
        await UploadAsync(browser, service, Forms.UploadCheckTests.Pdf, "letter.pdf");
        await browser.GetAsync(JourneySteps.For(service, HasLetter));
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "no" });
        Assert.Equal(JourneySteps.For(service, Details), browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "A new bin, please" });
        await browser.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "No Letter", ["email"] = $"doc-{Guid.NewGuid():N}@example.com", ["phone"] = "" });
        Assert.DoesNotContain("Upload the letter", browser.Page.QuerySelector("main")!.TextContent);
        await browser.SubmitAsync();
        var reference = Journey.Reference(browser.Page);

        await using var scope = app.Scope(out var db);
        var made = await db.Cases.SingleAsync(c => c.Reference == reference);
        Assert.False(await db.Attachments.AnyAsync(a => a.CaseId == made.Id));
    }
}

public class DocumentUploadTestsOnSqlite(SqliteApp app) : DocumentUploadTests(app);
public class DocumentUploadTestsOnPostgres(PostgresApp app) : DocumentUploadTests(app);
