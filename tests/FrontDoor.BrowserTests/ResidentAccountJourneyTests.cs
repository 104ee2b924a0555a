using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// A resident reports a problem without an account, later signs up with the same email and finds the request
/// in their account, changes their address once; an agent then finds them by a misspelt name and sees the new
/// address. axe checks every page on the way.
/// </summary>
public sealed partial class ResidentAccountJourneyTests(RunningApp app, Chromium chromium)
{
    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex SixDigits();

    [Fact]
    public async Task Resident_SignsUpAfterReporting_ChangesAddressOnce_AgentFindsThemByMisspeltName()
    {
        var email = $"account-journey-{Guid.NewGuid():N}@example.com";
        var page = await (await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString() })).NewPageAsync();
        var reference = await StaffJourneyTests.ReportPotholeAsync(page, email);

        await page.GotoAsync("/account");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in"));
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your email address");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/sign-in/code"));
        await Chromium.AssertAccessibleAsync(page);
        var code = SixDigits().Match(await MailDev.WaitForAsync(email, "security code")).Groups[1].Value;
        await page.GetByLabel("Security code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/create"));
        await Chromium.AssertAccessibleAsync(page);
        await Assertions.Expect(page.GetByLabel("Full name")).ToHaveValueAsync("Alex Resident");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator("#requests")).ToContainTextAsync(reference);
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Request {reference}");
        await Chromium.AssertAccessibleAsync(page);

        await page.GotoAsync("/account/address");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("Postcode or first line of your address").FillAsync("1 Acacia Road");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find address" }).ClickAsync();
        await page.GetByLabel(new Regex("^1 Acacia Road, Ashworth")).CheckAsync();
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save address" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your address has been changed");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("1 Acacia Road, Ashworth");
        await page.GotoAsync("/account/preferences");
        await Chromium.AssertAccessibleAsync(page);

        var agent = await (await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString() })).NewPageAsync();
        await StaffJourneyTests.SignInAsync(agent, "agent@ashworth.example");
        await agent.GotoAsync("/staff/customers");
        await Chromium.AssertAccessibleAsync(agent);
        await agent.GetByLabel("Name, email, phone, postcode or case reference").FillAsync("Alex Resdent");
        await agent.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Chromium.AssertAccessibleAsync(agent);
        // Other journeys report as "Alex Resident" too: this resident is the one with their email address.
        await agent.Locator("#customers tbody tr").Filter(new() { HasText = email }).GetByRole(AriaRole.Link, new() { Name = "Alex Resident" }).ClickAsync();
        await Assertions.Expect(agent.Locator("main")).ToContainTextAsync("1 Acacia Road, Ashworth");
        await Assertions.Expect(agent.Locator("#cases")).ToContainTextAsync(reference);
        await Chromium.AssertAccessibleAsync(agent);
        foreach (var path in new[] { "/staff/customers/duplicates", "/staff/properties?q=FD1" })
        {
            await agent.GotoAsync(path);
            await Chromium.AssertAccessibleAsync(agent);
        }
    }
}
