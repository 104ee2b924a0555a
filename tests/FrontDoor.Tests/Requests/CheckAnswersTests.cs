using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Requests;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Requests;

/// <summary>Check your answers and what surrounds it: changing an answer, sending twice, and what each page says.</summary>
public abstract class CheckAnswersTests(TestApp app)
{
    Browser NewBrowser() => new(app.CreateClient());

    [Fact]
    public async Task SendTwice_SecondShowsTheSameConfirmationAndCreatesNothing()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        var email = Residents.NewEmail();
        await Journey.ToCheckAnswersAsync(app, browser, service, email);
        var token = browser.AntiforgeryToken;
        await browser.SubmitAsync();
        var reference = Journey.Reference(browser.Page);

        // The same form sent again without JavaScript, as a double click does.
        await browser.SubmitRawAsync($"/services/{service.Slug}/check", token);

        Assert.Equal($"/services/{service.Slug}/confirmation", browser.Path);
        Assert.Equal(reference, Journey.Reference(browser.Page));
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.Cases.CountAsync(c => c.Customer!.Email == email));
    }

    [Fact]
    public async Task SendTwiceAtOnce_OneCaseAndBothShowItsReference()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        var email = Residents.NewEmail();
        await Journey.ToCheckAnswersAsync(app, browser, service, email);
        var token = browser.AntiforgeryToken;

        // A body each: one content read by four requests at once can reach the server empty.
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            browser.Client.PostAsync($"/services/{service.Slug}/check", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))));

        await using var scope = app.Scope(out var db);
        var reference = await db.Cases.Where(c => c.Customer!.Email == email).Select(c => c.Reference).SingleAsync();
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(reference, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task SentDraft_KeepsNothingTheResidentEntered()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        var email = Residents.NewEmail();
        await Journey.ToCheckAnswersAsync(app, browser, service, email);
        await browser.SubmitAsync();
        var reference = Journey.Reference(browser.Page);
        await using var scope = app.Scope(out var db);
        var draft = await db.Drafts.SingleAsync(d => d.SubmittedReference == reference);
        Assert.Equal("{}", draft.AnswersJson);
        Assert.Null(draft.FullName);
        Assert.Null(draft.Email);
        Assert.Null(draft.Uprn);
    }

    [Fact]
    public async Task ChangePhoto_ContinueAndRemove_ComeBackToCheckAnswers()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        await Journey.ToCheckAnswersAsync(app, browser, service, Residents.NewEmail());
        var change = browser.Page.QuerySelectorAll(".govuk-summary-list__actions a").Single(a => a.TextContent.Contains("Change the photo")).GetAttribute("href")!;

        await browser.GetAsync(change);
        var upload = new MultipartFormDataContent { { new StringContent(browser.AntiforgeryToken), "__RequestVerificationToken" } };
        var file = new ByteArrayContent([.. Forms.UploadCheckTests.Jpeg, .. new byte[100]]);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        upload.Add(file, "file", "hole.jpg");
        await browser.GetFromResponseAsync(await browser.Client.PostAsync(change, upload));
        Assert.Equal($"/services/{service.Slug}/check", browser.Path);
        Assert.Contains("hole.jpg", browser.Page.QuerySelector("main")!.TextContent);

        await browser.GetAsync(change);
        await browser.SubmitAsync(button: "Continue");
        Assert.Equal($"/services/{service.Slug}/check", browser.Path);

        await browser.GetAsync(change);
        await browser.SubmitAsync(button: "Remove photo");
        Assert.Equal($"/services/{service.Slug}/upload", browser.Path);
        await browser.SubmitAsync();
        Assert.Equal($"/services/{service.Slug}/check", browser.Path);
        Assert.Contains("Not added", browser.Page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task FormPages_NameTheServiceInTheTitle_AndChangeLinksReadWell()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);
        Assert.Equal($"Where is the pothole? – {service.Name} – Ashworth Borough Council", browser.Page.Title);
        await Journey.AnswerAllAsync(app, browser, service, Residents.NewEmail());
        Assert.StartsWith($"Check your answers before sending your request – {service.Name} – ", browser.Page.Title);

        var hidden = browser.Page.QuerySelectorAll(".govuk-summary-list__actions .govuk-visually-hidden").Select(e => e.TextContent.Trim()).ToList();
        Assert.Contains("the photo", hidden);
        Assert.Contains("the location", hidden);
        Assert.DoesNotContain("add a photo", hidden);
    }

    [Fact]
    public async Task LocationQuestion_WordedByTheService()
    {
        var service = await TestData.ServiceAsync(app);
        var collection = await TestData.ServiceAskingAsync(app,
            new Question { Id = "location", Type = QuestionType.Location, Label = "Where should we collect the items from?" });
        var browser = NewBrowser();
        await Journey.StartAsync(browser, collection);
        Assert.Equal(Journey.Step(collection, "location"), browser.Path);
        Assert.Equal("Where should we collect the items from?", browser.Page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("I do not know the postcode", browser.Page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("The problem is not at an address", browser.Page.QuerySelector("main")!.TextContent);
        var property = await TestData.PropertyAsync(app);
        await browser.SubmitAsync(new Dictionary<string, string> { ["postcode"] = property.Postcode });
        Assert.Contains("Select the address", browser.Page.QuerySelector("legend")!.TextContent);

        await Journey.StartAsync(browser, service);
        await browser.GetAsync($"/services/{service.Slug}/location");
        await browser.SubmitAsync(new Dictionary<string, string> { ["postcode"] = property.Postcode });
        Assert.Contains("Select the nearest address", browser.Page.QuerySelector("legend")!.TextContent);
    }

    [Fact]
    public async Task InterpreterLanguage_RevealedUnderItsCheckbox()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);
        await browser.GetAsync($"/services/{service.Slug}/contact");
        var box = browser.Page.QuerySelector<IHtmlInputElement>("input[name=needs][value=interpreter]")!;
        var conditional = browser.Page.QuerySelector("#" + box.GetAttribute("data-aria-controls"))!;
        Assert.Contains("govuk-checkboxes__conditional", conditional.ClassName);
        Assert.NotNull(conditional.QuerySelector("input[name=interpreterLanguage]"));
    }

    [Fact]
    public async Task NumberOfItems_MustBeWhole()
    {
        var service = await TestData.ServiceAskingAsync(app, new Question
        {
            Id = "item_count", Type = QuestionType.Number, Label = "How many items?", Name = "the number of items", Min = 1, Max = 10, WholeNumber = true,
        });
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);
        Assert.Equal("numeric", browser.Page.QuerySelector("#answer")!.GetAttribute("inputmode"));
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = "2.5" });
        Assert.Equal(["The number of items must be a whole number"], browser.ErrorSummary);
    }

    [Fact]
    public async Task DateWithMissingMonth_OutlinesOnlyTheMonthAndLinksToIt()
    {
        var service = await TestData.ServiceAskingAsync(app, TestData.CollectionDate);
        var browser = NewBrowser();
        await Journey.StartAsync(browser, service);
        await browser.SubmitAsync(new Dictionary<string, string> { ["answer-day"] = "3", ["answer-month"] = "", ["answer-year"] = "2026" });

        Assert.Equal(["The collection date must include a month"], browser.ErrorSummary);
        Assert.Equal("#answer-month", browser.Page.QuerySelector(".govuk-error-summary__list a")!.GetAttribute("href"));
        var outlined = browser.Page.QuerySelectorAll(".govuk-date-input__input.govuk-input--error").Select(e => e.Id).ToList();
        Assert.Equal(["answer-month"], outlined);

        await browser.SubmitAsync(new Dictionary<string, string> { ["answer-day"] = "3", ["answer-month"] = "1", ["answer-year"] = "26" });
        Assert.Equal(["Year must include 4 numbers"], browser.ErrorSummary);
    }

    [Fact]
    public async Task DateOfBirth_OffersTheBrowsersOwn()
    {
        var badge = await TestData.ServiceAskingAsync(app, new Question
        {
            Id = "dob", Type = QuestionType.Date, Label = "What is the date of birth of the person who needs the badge?", Name = "the date of birth",
            DateRule = DateRule.PastOrToday, DateOfBirth = true,
        });
        var bin = await TestData.ServiceAskingAsync(app, TestData.CollectionDate);
        var browser = NewBrowser();
        await Journey.StartAsync(browser, badge);
        Assert.Equal(["bday-day", "bday-month", "bday-year"], browser.Page.QuerySelectorAll(".govuk-date-input__input").Select(e => e.GetAttribute("autocomplete")!).ToList());
        await Journey.StartAsync(browser, bin);
        Assert.All(browser.Page.QuerySelectorAll(".govuk-date-input__input"), e => Assert.Null(e.GetAttribute("autocomplete")));
    }

    [Fact]
    public async Task FormExpired_DoesNotPromiseAnswersWereSaved()
    {
        var service = await TestData.ServiceAsync(app);
        var response = await app.CreateClient().PostAsync(JourneySteps.Start(service), new FormUrlEncodedContent([]));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Your answers have been saved", html);
        Assert.Contains("If you have closed your browser since you started, you will need to start again", html);
    }
}

public class CheckAnswersTestsOnSqlite(SqliteApp app) : CheckAnswersTests(app);
public class CheckAnswersTestsOnPostgres(PostgresApp app) : CheckAnswersTests(app);
