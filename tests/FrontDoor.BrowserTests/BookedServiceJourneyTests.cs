using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// A resident books the demo's bulky waste collection on a day of the round that serves their address, with JavaScript
/// and without, and the confirmation and its email name the day. axe checks the pages (with JavaScript).
/// </summary>
public sealed class BookedServiceJourneyTests(RunningApp app, Chromium chromium)
{
    static Task ContinueAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Resident_BooksABulkyWasteCollection_OnADayTheirRoundComes(bool javascript)
    {
        var page = await (await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString(), JavaScriptEnabled = javascript })).NewPageAsync();
        var email = $"bulky-{Guid.NewGuid():N}@example.com";
        // axe runs in the page's own JavaScript: the pages without it are the same pages.
        Task CheckAsync() => javascript ? Chromium.AssertAccessibleAsync(page) : Task.CompletedTask;
        await page.GotoAsync("/services/bulky-waste");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.GetByLabel("Sofa or chair").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("How many items?").FillAsync("2");
        await ContinueAsync(page);
        await page.GetByLabel("Postcode").FillAsync("FD1 1AA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find address" }).ClickAsync();
        await page.Locator("input[name=uprn]").First.CheckAsync();
        await ContinueAsync(page);

        await Assertions.Expect(page.Locator("h1, legend h1")).ToContainTextAsync("When should we collect?");
        await ContinueAsync(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a collection date");
        await CheckAsync();
        var first = page.Locator("input[name=answer]").First;
        var day = (await page.Locator($"label[for='{await first.GetAttributeAsync("id")}']").TextContentAsync())!.Trim();
        Assert.Matches(new Regex("^(Monday|Tuesday|Wednesday|Thursday) \\d{1,2} [A-Z][a-z]+ 20\\d\\d$"), day);
        await first.CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("Describe the items").FillAsync("A grey two-seat sofa and an armchair");
        await ContinueAsync(page);
        await page.GetByLabel("Full name").FillAsync("Bo Browser");
        await page.GetByLabel("Email address").FillAsync(email);
        await ContinueAsync(page);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(day);
        await CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and send" }).ClickAsync();

        await Assertions.Expect(page.Locator("#booked")).ToHaveTextAsync($"Booked for {day}.");
        await CheckAsync();
        Assert.Contains($"Booked for {day}", await MailDev.WaitForAsync(email, $"Booked for {day}"));
    }
}
