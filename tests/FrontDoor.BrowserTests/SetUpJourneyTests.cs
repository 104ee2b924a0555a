using System.Text.RegularExpressions;
using FrontDoor.Features.Staff;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// A council's first day, with no developer: on an empty install, the first administrator is made on the command line
/// and follows its one-time link to a password and an authenticator; then, in the pages, they add a team and a service
/// whose questions include a document asked for only when it applies, try them in a preview, publish them and make the
/// service live. A resident then finds it by its A to Z title and completes it, with and without JavaScript. axe checks
/// every set-up page visited, with its errors showing too.
/// </summary>
public sealed partial class SetUpJourneyTests(EmptyRunningApp app, Chromium chromium) : IClassFixture<EmptyRunningApp>
{
    [GeneratedRegex(@"/staff/sign-in/welcome/\S+")]
    private static partial Regex WelcomeLink();

    static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    [Fact]
    public async Task FirstAdministrator_SetsUpATeamAndAService_ResidentFindsItByItsAtoZTitleAndCompletesIt()
    {
        var id = Guid.NewGuid().ToString("N")[..6];
        var page = await (await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString() })).NewPageAsync();
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("no services");

        var (exitCode, output) = await app.RunCommandAsync("create-admin", "ada@council.example", "Ada Firstday");
        Assert.True(exitCode == 0, output);
        await page.GotoAsync(WelcomeLink().Match(output).Value);
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("New password").FillAsync("a long new password 2026");
        await page.GetByLabel("Enter the password again").FillAsync("a long new password 2026");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var key = Totp.FromBase32((await page.Locator("#setup-key").TextContentAsync())!.Replace(" ", ""));
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("Code from the app").FillAsync(Totp.Code(key, Totp.StepAt(DateTimeOffset.UtcNow)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue to the staff workspace" }).ClickAsync();

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
        await page.GetByRole(AriaRole.Button, new() { Name = "Add service" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("added as a draft");
        await Chromium.AssertAccessibleAsync(page);

        // Its questions: a yes or no, then a document asked for only when the answer is yes; refused until right.
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
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a question" }).ClickAsync();
        await page.GetByLabel("Question", new() { Exact = true }).FillAsync("Upload a photo or letter about the tree");
        await page.GetByLabel("Type of answer").SelectOptionAsync("Document");
        await page.GetByLabel("Code").FillAsync("evidence");
        await page.GetByLabel("Ask it only when the answer to (optional)").SelectOptionAsync("blocking");
        await page.GetByLabel("is one of these answers").FillAsync("yes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add question" }).ClickAsync();
        await Assertions.Expect(page.Locator("#questions")).ToContainTextAsync("Asked only when blocking is yes");
        await Chromium.AssertAccessibleAsync(page);

        // Tried as a resident would see it, before anyone else can.
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview as a resident" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Nothing you enter is sent");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Is the tree blocking the road?");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the questions" }).ClickAsync();

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

        // The rest of the council's set-up, each page checked, with an error showing where a form can show one.
        foreach (var path in new[]
        {
            "/staff/admin/messages", "/staff/admin/messages/acknowledgement/sms/en", "/staff/admin/response-templates", "/staff/admin/response-templates/new",
            "/staff/admin/content", "/staff/admin/content/privacy-notice", "/staff/admin/bank-holidays", "/staff/admin/council", "/staff/admin/catalogue",
        })
        {
            await page.GotoAsync(path);
            await Chromium.AssertAccessibleAsync(page);
        }
        await page.GotoAsync("/staff/admin/messages/acknowledgement/sms/en");
        await page.GetByLabel("Wording").FillAsync("{{ refrence }}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("a placeholder we do not know");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("Wording").FillAsync("{{ council }}: we have your request {{ reference }}. Follow it at {{ tracking_link }}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator("#text-length")).ToContainTextAsync("1 text message");
        await Chromium.AssertAccessibleAsync(page);

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
            await resident.GetByLabel("Yes").CheckAsync();
            await resident.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(resident).ToHaveURLAsync(new Regex($"/services/fallen-tree-{id}/upload$"));
            if (javascript) await Chromium.AssertAccessibleAsync(resident);
            await resident.GetByLabel("Upload a photo or letter about the tree").SetInputFilesAsync(new FilePayload { Name = "tree-letter.pdf", MimeType = "application/pdf", Buffer = Pdf });
            await resident.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await resident.GetByLabel("Full name").FillAsync("Rowan Resident");
            await resident.GetByLabel("Email address").FillAsync($"tree-{id}-{javascript}@example.com");
            await resident.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(resident.Locator("main")).ToContainTextAsync("tree-letter.pdf");
            await resident.GetByRole(AriaRole.Button, new() { Name = "Accept and send" }).ClickAsync();
            await Assertions.Expect(resident.Locator("#reference")).ToBeVisibleAsync();
        }
    }
}
