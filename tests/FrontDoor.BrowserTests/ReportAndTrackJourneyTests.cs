using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// A resident reports a pothole and follows it, in Debian's Chromium, once with JavaScript and once
/// without; with JavaScript on, axe checks every page visited for WCAG 2.1 AA.
/// </summary>
public sealed class ReportAndTrackJourneyTests(RunningApp app, Chromium chromium)
{
    IBrowser Browser => chromium.Browser;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Resident_ReportsAPotholeAndTracksIt(bool javascript)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString(), JavaScriptEnabled = javascript });
        var page = await context.NewPageAsync();
        var checkedPages = new List<string>();
        async Task Check()
        {
            if (!javascript) return;
            await Chromium.AssertAccessibleAsync(page);
            checkedPages.Add(new Uri(page.Url).AbsolutePath);
        }
        var email = $"browser-{(javascript ? "js" : "nojs")}-{Guid.NewGuid():N}@example.com";

        await page.GotoAsync("/");
        await Check();
        await page.GetByLabel("Search for a service").FillAsync("pothole");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Check();
        await page.GetByRole(AriaRole.Link, new() { Name = "Report a pothole" }).ClickAsync();
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        // A missing answer: error summary, then the answer.
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select where the pothole is");
        await Check();
        await page.GetByLabel("In the road").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("4cm or deeper").CheckAsync();
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByLabel("Postcode").FillAsync("FD1 1AA");
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Find address" }).ClickAsync();
        await page.Locator("input[name=uprn]").First.CheckAsync();
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/upload$"));
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Describe the problem").FillAsync("Deep pothole outside number 1");
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByLabel("Full name").FillAsync("Alex Browser");
        await page.GetByLabel("Email address").FillAsync(email);
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Browser back from check answers keeps what was typed (once check answers has arrived: going back during the
        // post would race it).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/services/pothole/check$"));
        await page.GoBackAsync();
        await Assertions.Expect(page.GetByLabel("Full name")).ToHaveValueAsync("Alex Browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Deep pothole outside number 1");
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and send" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-panel__title")).ToHaveTextAsync("Request sent");
        await Check();
        var reference = (await page.Locator("#reference").TextContentAsync())!.Trim();
        Assert.Matches("^[A-Z0-9]{4}-[A-Z0-9]{4}$", reference);

        var mail = await MailDev.WaitForAsync(email);
        Assert.Contains(reference, mail);

        await page.GetByRole(AriaRole.Link, new() { Name = "Track your request" }).ClickAsync();
        await page.GetByLabel("Reference number").FillAsync(reference);
        await page.GetByLabel("Email address").FillAsync(email);
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Find my request" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Request {reference}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Received");
        await Check();

        if (javascript) Assert.True(checkedPages.Count >= 12, string.Join(", ", checkedPages));
        await context.CloseAsync();
    }
}
