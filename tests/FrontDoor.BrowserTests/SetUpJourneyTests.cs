using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// An administrator sets up a team and a service in the pages, with no developer: adds the team, adds the service as a
/// draft from another service's questions, gives it an A to Z title and makes it live. A resident then finds it under
/// that title and starts it, with and without JavaScript. axe checks every set-up page, with its errors showing too.
/// </summary>
public sealed class SetUpJourneyTests(RunningApp app, Chromium chromium)
{
    [Fact]
    public async Task Administrator_SetsUpATeamAndAService_ResidentFindsItByItsAtoZTitle()
    {
        var id = Guid.NewGuid().ToString("N")[..6];
        var page = await (await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString() })).NewPageAsync();
        await StaffJourneyTests.SignInAsync(page, "admin@ashworth.example");

        await page.GetByRole(AriaRole.Link, new() { Name = "Council set-up" }).ClickAsync();
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Teams", Exact = true }).ClickAsync();
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a team" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add team" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the team's name");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("Team name").FillAsync($"Trees {id}");
        await page.GetByLabel("Shared email address (optional)").FillAsync($"trees-{id}@ashworth.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add team" }).ClickAsync();
        await Assertions.Expect(page.Locator("#teams")).ToContainTextAsync($"Trees {id}");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Trees {id}" }).ClickAsync();
        await Chromium.AssertAccessibleAsync(page);

        await page.GotoAsync("/staff/admin/services");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a service" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add service" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the service's name");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync($"Report a fallen tree {id}");
        await page.GetByLabel("Web address").FillAsync($"fallen-tree-{id}");
        await page.GetByLabel("Team", new() { Exact = true }).SelectOptionAsync($"Trees {id}");
        await page.GetByLabel("Topic").FillAsync("Parks and trees");
        await page.GetByLabel("Summary").FillAsync("Tell us about a tree that has fallen or is about to.");
        await page.GetByLabel("They fill in a form here").CheckAsync();
        await page.GetByLabel("For a form: start with the questions of (optional)").SelectOptionAsync(new SelectOptionValue { Label = "Report a pothole" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add service" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("added as a draft");
        await Chromium.AssertAccessibleAsync(page);

        // Its questions: one more, refused until it is right, then published as version 2.
        await page.GetByRole(AriaRole.Link, new() { Name = "Change the questions" }).ClickAsync();
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a question" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add question" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the question");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("Question", new() { Exact = true }).FillAsync("Is the tree blocking the road?");
        await page.GetByLabel("Type of answer").SelectOptionAsync("YesNo");
        await page.GetByLabel("Code").FillAsync("blocking");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add question" }).ClickAsync();
        await Assertions.Expect(page.Locator("#questions")).ToContainTextAsync("Is the tree blocking the road?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish these questions" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Version 2 of the form is published");
        await Chromium.AssertAccessibleAsync(page);
        await page.GotoAsync($"/staff/admin/services");
        await page.GetByRole(AriaRole.Link, new() { Name = $"Report a fallen tree {id}" }).ClickAsync();

        await page.GetByLabel("A to Z title (optional)").FillAsync($"Trees: report a fallen tree {id}");
        await page.GetByRole(AriaRole.Radio, new() { Name = "Retired" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Say what residents should do instead");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Radio, new() { Name = "Live" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("saved");

        foreach (var javascript in new[] { true, false })
        {
            var resident = await (await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString(), JavaScriptEnabled = javascript })).NewPageAsync();
            await resident.GotoAsync("/services");
            await resident.GetByRole(AriaRole.Link, new() { Name = $"Trees: report a fallen tree {id}" }).ClickAsync();
            await Assertions.Expect(resident.Locator("h1")).ToHaveTextAsync($"Report a fallen tree {id}");
            // axe runs in the page, so only where scripts may.
            if (javascript) await Chromium.AssertAccessibleAsync(resident);
            await resident.GetByRole(AriaRole.Link, new() { Name = "Parks and trees" }).ClickAsync();
            await Assertions.Expect(resident.Locator("#topic-services")).ToContainTextAsync($"Report a fallen tree {id}");
            if (javascript) await Chromium.AssertAccessibleAsync(resident);
            await resident.GetByRole(AriaRole.Link, new() { Name = $"Report a fallen tree {id}" }).ClickAsync();
            await resident.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
            await Assertions.Expect(resident).ToHaveURLAsync(new Regex($"/services/fallen-tree-{id}/questions/where_on_road"));
        }
    }
}
