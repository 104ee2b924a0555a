using System.Net;
using AngleSharp.Dom;
using System.Net.Http.Headers;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Requests;

public abstract class ReportJourneyTests(TestApp app)
{
    Browser NewBrowser() => new(app.CreateClient());
    static string NewEmail() => $"resident-{Guid.NewGuid():N}@example.com";

    [Fact]
    public async Task Submit_CompleteReport_CreatesCaseContactAndAcknowledgementEmail()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        var email = NewEmail();
        await Journey.ToCheckAnswersAsync(app, browser, service, email);
        Assert.Contains("A deep pothole by the bus stop", browser.Page.QuerySelector("main")!.TextContent);

        await browser.SubmitAsync();

        Assert.Equal($"/services/{service.Slug}/confirmation", browser.Path);
        var reference = Journey.Reference(browser.Page);
        await using (app.Scope(out var db))
        {
            var @case = await db.Cases.Include(c => c.Customer).Include(c => c.Service).Include(c => c.Team).SingleAsync(c => c.Reference == reference);
            Assert.Equal(CaseStatus.Open, @case.Status);
            Assert.Equal(Channel.Web, @case.Channel);
            Assert.Equal("Highways", @case.Team.Name);
            Assert.Equal(email, @case.Customer!.Email);
            Assert.NotNull(@case.Uprn);
            Assert.Contains("\"depth\":[\"deep\"]", @case.AnswersJson);
            Assert.True(@case.DueAt > @case.CreatedAt.AddDays(4));
            var contact = await db.Contacts.SingleAsync(c => c.CaseId == @case.Id);
            Assert.Equal(ContactPurpose.NewRequest, contact.Purpose);
            Assert.Equal(Channel.Web, contact.Channel);
            Assert.Empty(db.Drafts.Where(d => d.Email == email));
        }

        var mail = await MailSink.WaitForAsync(email);
        Assert.Contains(reference, mail.Subject);
        Assert.Contains("Sam Resident", mail.Text);
        var link = mail.Text.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/track/"));
        var tracking = await browser.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.Contains("Received", tracking.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task BackAndChange_KeepAnswersAndReturnToCheckAnswers()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        await Journey.ToCheckAnswersAsync(app, browser, service, NewEmail());

        var depth = await browser.GetAsync($"/services/{service.Slug}/questions/depth");
        Assert.True(depth.QuerySelector("input[value=deep]")!.HasAttribute("checked"));
        Assert.Equal($"/services/{service.Slug}/questions/where_on_road", depth.QuerySelector(".govuk-back-link")!.GetAttribute("href"));

        await browser.GetAsync($"/services/{service.Slug}/check");
        var change = browser.Page.QuerySelectorAll(".govuk-summary-list__actions a").First(a => a.TextContent.Contains("how deep it is")).GetAttribute("href")!;
        await browser.GetAsync(change);
        Assert.Equal($"/services/{service.Slug}/check", browser.Page.QuerySelector(".govuk-back-link")!.GetAttribute("href"));
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "shallow" });
        Assert.Equal($"/services/{service.Slug}/check", browser.Path);
        Assert.Contains("Less than 4cm", browser.Page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Question_NoAnswer_ShowsErrorSummaryAndMessageByTheField()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);
        await browser.SubmitAsync();
        Assert.Equal(["Select where the pothole is"], browser.ErrorSummary);
        Assert.Equal(["Select where the pothole is"], browser.FieldErrors);
        Assert.Equal("#answer", browser.Page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.StartsWith("Error: ", browser.Page.Title);
        Assert.NotNull(browser.Page.QuerySelector("#answer"));
    }

    [Fact]
    public async Task Question_HtmlOrOverlongText_IsRefusedAndNotStored()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);
        await browser.GetAsync($"/services/{service.Slug}/questions/description");
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "<script>alert('x')</script>" });
        Assert.Equal(["A description of the problem must not include HTML or code, such as < and >"], browser.ErrorSummary);
        Assert.Contains("&lt;script&gt;", await browser.LastResponse!.Content.ReadAsStringAsync());

        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = new string('a', 1001) });
        Assert.Equal(["A description of the problem must be 1000 characters or less"], browser.ErrorSummary);
        await using var scope = app.Scope(out var db);
        Assert.DoesNotContain(await db.Drafts.Select(d => d.AnswersJson).ToListAsync(), a => a.Contains("<script") || a.Contains("aaaaaaaaaa"));
    }

    [Fact]
    public async Task Question_TamperedChoice_IsRefused()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "on_the_moon" });
        Assert.Equal(["Select where the pothole is"], browser.ErrorSummary);
    }

    [Fact]
    public async Task Date_ImpossibleDate_IsRefusedWithLinkToDayField()
    {
        var service = await TestData.ServiceAskingAsync(app, TestData.CollectionDate);
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer-day"] = "31", ["answer-month"] = "2", ["answer-year"] = "2026" });
        Assert.Equal(["The collection date must be a real date"], browser.ErrorSummary);
        Assert.Equal("#answer-day", browser.Page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        Assert.Equal("31", browser.Page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#answer-day")!.Value);
    }

    [Fact]
    public async Task Location_UnknownPostcode_AndDescriptionInstead()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);
        await browser.GetAsync($"/services/{service.Slug}/location");
        await browser.SubmitAsync(new Dictionary<string, string> { ["postcode"] = "SW1A 2AA" });
        Assert.Single(browser.ErrorSummary);
        Assert.StartsWith("We could not find any addresses for that postcode", browser.ErrorSummary[0]);
        await browser.SubmitAsync(new Dictionary<string, string> { ["postcode"] = "not a postcode" });
        Assert.Equal(["Enter a real postcode, like FD1 1AA"], browser.ErrorSummary);

        await browser.GetAsync($"/services/{service.Slug}/location/describe");
        await browser.SubmitAsync(new Dictionary<string, string> { ["description"] = "Beech Lane by the park gates" });
        Assert.Equal($"/services/{service.Slug}/upload", browser.Path);
    }

    [Fact]
    public async Task Photo_FakeImage_IsRefusedAndRealOneKept()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);

        async Task<(string Path, string Html)> UploadAsync(byte[] content, string name)
        {
            await browser.GetAsync($"/services/{service.Slug}/upload");
            var file = new ByteArrayContent(content);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            var form = new MultipartFormDataContent { { new StringContent(browser.AntiforgeryToken), "__RequestVerificationToken" }, { file, "file", name } };
            var response = await browser.Client.PostAsync($"/services/{service.Slug}/upload", form);
            return (response.RequestMessage!.RequestUri!.AbsolutePath, await response.Content.ReadAsStringAsync());
        }

        var fake = await UploadAsync("<svg onload=alert(1)>"u8.ToArray(), "pothole.jpg");
        Assert.Equal($"/services/{service.Slug}/upload", fake.Path);
        Assert.Contains("The selected file must be a JPG, PNG or WEBP image", fake.Html);

        var real = await UploadAsync([.. Forms.UploadCheckTests.Jpeg, .. new byte[100]], "pothole.jpg");
        Assert.Equal($"/services/{service.Slug}/questions/description", real.Path);
        var again = await browser.GetAsync($"/services/{service.Slug}/upload");
        Assert.Contains("pothole.jpg", again.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task CheckAnswers_SkippedQuestions_ShowsErrorsAndCreatesNothing()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        var email = NewEmail();
        await Journey.StartAsync(browser, service);
        await browser.GetAsync($"/services/{service.Slug}/contact");
        await browser.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "Skip Ahead", ["email"] = email });
        await browser.SubmitAsync();
        Assert.Equal($"/services/{service.Slug}/check", browser.Path);
        Assert.Contains("Select where the pothole is", browser.ErrorSummary);
        Assert.Contains("Enter a postcode, or describe where it is", browser.ErrorSummary);
        await using var scope = app.Scope(out var db);
        Assert.False(await db.Customers.AnyAsync(c => c.Email == email));
    }

    [Fact]
    public async Task Contact_BadDetails_ShowsEachErrorInPageOrder()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);
        await browser.GetAsync($"/services/{service.Slug}/contact");
        await browser.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "", ["email"] = "nope", ["phone"] = "abc" });
        Assert.Equal([
            "Enter your full name",
            "Enter an email address in the correct format, like name@example.com",
            "Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192"], browser.ErrorSummary);
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedWithAClearPage()
    {
        var service = await TestData.ServiceAsync(app);
        var client = app.CreateClient();
        var response = await client.PostAsync(JourneySteps.Start(service), new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Sorry, there is a problem with the page", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UnknownService_IsNotFound()
    {
        var service = await TestData.ServiceAsync(app);
        var response = await app.CreateClient().GetAsync("/services/no-such-service");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);
        await browser.GetAsync($"/services/{service.Slug}/questions/nope");
        Assert.Equal(HttpStatusCode.NotFound, browser.Status);
    }

    [Fact]
    public async Task FormPage_WithoutDraft_GoesBackToStart()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        await browser.GetAsync($"/services/{service.Slug}/check");
        Assert.Equal(JourneySteps.Start(service), browser.Path);
    }
}

public class ReportJourneyTestsOnSqlite(SqliteApp app) : ReportJourneyTests(app);
public class ReportJourneyTestsOnPostgres(PostgresApp app) : ReportJourneyTests(app);
