using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// A team leader asks two residents something about their reports; each answers "Action required" online from the
/// email's link, with a photo, one with JavaScript and one without; the leader is told and sees the answers. axe
/// checks the resident's pages, with their errors.
/// </summary>
public sealed class ReplyOnlineJourneyTests(RunningApp app, Chromium chromium)
{
    static readonly byte[] Photo = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, .. new byte[300]];

    async Task<IPage> PageAsync(bool javascript = true) =>
        await (await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString(), JavaScriptEnabled = javascript })).NewPageAsync();

    [Fact]
    public async Task Residents_AnswerActionRequiredOnlineWithAPhoto_WithAndWithoutJavaScript()
    {
        var residents = new List<(IPage Page, bool JavaScript, string Email, string Reference)>();
        foreach (var javascript in new[] { true, false })
        {
            var page = await PageAsync(javascript);
            var email = $"reply-journey-{(javascript ? "js" : "nojs")}-{Guid.NewGuid():N}@example.com";
            residents.Add((page, javascript, email, await StaffJourneyTests.ReportPotholeAsync(page, email)));
        }

        var leader = await PageAsync();
        await StaffJourneyTests.SignInAsync(leader, "leader@ashworth.example");
        foreach (var (_, _, _, reference) in residents)
        {
            await leader.GotoAsync($"/staff/cases/{reference}/status");
            await leader.GetByLabel("Waiting for information from you").CheckAsync();
            await leader.GetByLabel("Message to the customer").FillAsync("Which side of the road is it on? A photo would help.");
            await leader.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
            await Assertions.Expect(leader.Locator(".govuk-notification-banner")).ToContainTextAsync("Status changed");
        }

        foreach (var (page, javascript, email, reference) in residents)
        {
            async Task Check()
            {
                if (javascript) await Chromium.AssertAccessibleAsync(page);
            }
            var asked = await MailDev.WaitForAsync(email, "We need something from you");
            await page.GotoAsync(asked.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/track/")));
            await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Which side of the road is it on?");
            await Check();
            await page.GetByRole(AriaRole.Link, new() { Name = "Answer online" }).ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Answer our question");
            await Check();
            await page.GetByRole(AriaRole.Button, new() { Name = "Send your answer" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your answer");
            await Check();
            await page.GetByLabel("Your answer").FillAsync("The north side, by the bus stop.");
            await page.GetByLabel("Add a photo or document (optional)").SetInputFilesAsync(new FilePayload { Name = "north.jpg", MimeType = "image/jpeg", Buffer = Photo });
            await page.GetByRole(AriaRole.Button, new() { Name = "Send your answer" }).ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/track/{reference}\\?token="));
            await Assertions.Expect(page.Locator(".govuk-notification-banner--success")).ToContainTextAsync("We have your message and north.jpg");
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Answer sent online: The north side, by the bus stop.");
            await Assertions.Expect(page.GetByText("Action required")).ToHaveCountAsync(0);
            await Check();

            var told = await MailDev.WaitForAsync("highways@ashworth.example.gov.uk", $"{reference}: the customer answered what we asked");
            await leader.GotoAsync(told.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/staff/cases/")));
            await Assertions.Expect(leader.Locator("#timeline")).ToContainTextAsync("Answer sent online: The north side, by the bus stop.");
            await Assertions.Expect(leader.Locator("main")).ToContainTextAsync("In progress");
        }
    }
}
