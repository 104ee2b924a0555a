using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// A resident reports a pothole and follows it, in Debian's Chromium, once with JavaScript and once
/// without; with JavaScript on, axe checks every page visited for WCAG 2.1 AA.
/// </summary>
public sealed class ReportAndTrackJourneyTests(RunningApp app) : IClassFixture<RunningApp>, IAsyncLifetime
{
    IPlaywright playwright = null!;
    IBrowser browser = null!;

    public async ValueTask InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("FRONTDOOR_CHROMIUM") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Resident_ReportsAPotholeAndTracksIt(bool javascript)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString(), JavaScriptEnabled = javascript });
        var page = await context.NewPageAsync();
        var checkedPages = new List<string>();
        async Task Check()
        {
            if (!javascript) return;
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            Assert.True(result.Violations.Length == 0,
                $"{page.Url}: " + string.Join("; ", result.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))})")));
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

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/photo$"));
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Describe the problem").FillAsync("Deep pothole outside number 1");
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GetByLabel("Full name").FillAsync("Alex Browser");
        await page.GetByLabel("Email address").FillAsync(email);
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        // Browser back from check answers keeps what was typed.
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

        var mail = await WaitForEmailAsync(email);
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

    static async Task<string> WaitForEmailAsync(string recipient)
    {
        using var http = new HttpClient { BaseAddress = new Uri(Environment.GetEnvironmentVariable("FRONTDOOR_TEST_MAILDEV_URL")!) };
        for (var i = 0; i < 100; i++)
        {
            var emails = await http.GetFromJsonAsync<List<Email>>("/email") ?? [];
            if (emails.FirstOrDefault(e => e.To.Any(t => t.Address == recipient)) is { } found) return found.Subject + "\n" + found.Text;
            await Task.Delay(200);
        }
        throw new TimeoutException($"No email arrived for {recipient}");
    }

    record Recipient(string Address);
    record Email(string Subject, string Text, List<Recipient> To);
}
