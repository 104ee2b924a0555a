using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// Two residents ask for a call back from the footer's link, one with JavaScript and one without; an agent finds them
/// in the call back queue, gets no answer from one and speaks to the other. axe checks every page, errors included.
/// </summary>
public sealed class CallbackJourneyTests(RunningApp app, Chromium chromium)
{
    async Task<IPage> PageAsync(bool javascript = true) =>
        await (await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString(), JavaScriptEnabled = javascript })).NewPageAsync();

    [Fact]
    public async Task Residents_AskForACallBack_AgentCallsThem()
    {
        var booked = new List<(string Name, string Window)>();
        foreach (var javascript in new[] { true, false })
        {
            var page = await PageAsync(javascript);
            async Task Check()
            {
                if (javascript) await Chromium.AssertAccessibleAsync(page);
            }
            var name = $"Cal {(javascript ? "Script" : "Plain")} {Guid.NewGuid().ToString("N")[..6]}";
            var email = $"callback-journey-{Guid.NewGuid():N}@example.com";
            await page.GotoAsync("/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Ask us to call you back" }).First.ClickAsync();
            await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Ask us to call you back");
            await Check();
            await page.GetByRole(AriaRole.Button, new() { Name = "Book a call back" }).ClickAsync();
            await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a time for us to call you");
            await Check();

            await page.GetByLabel("Full name").FillAsync(name);
            await page.GetByLabel("Telephone number to call").FillAsync("07700 900 982");
            await page.GetByLabel("Email address (optional)").FillAsync(email);
            await page.GetByLabel("What do you want to talk to us about?").FillAsync("My council tax bill looks wrong.");
            var window = page.Locator("input[name=window]").First;
            var label = (await page.Locator($"label[for='{await window.GetAttributeAsync("id")}']").TextContentAsync())!.Trim();
            await window.CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Book a call back" }).ClickAsync();

            await Assertions.Expect(page.Locator(".govuk-panel")).ToContainTextAsync(label);
            await Check();
            Assert.Contains(label, await MailDev.WaitForAsync(email, "We will call you back"));
            booked.Add((name, label));
        }

        var agent = await PageAsync();
        await StaffJourneyTests.SignInAsync(agent, "agent@ashworth.example");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Call backs" }).ClickAsync();
        await Assertions.Expect(agent.Locator("#callbacks")).ToContainTextAsync(booked[0].Name);
        await Chromium.AssertAccessibleAsync(agent);

        await agent.Locator("#callbacks tr", new() { HasText = booked[0].Name }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(agent.Locator("h1")).ToHaveTextAsync(booked[0].Name);
        await Chromium.AssertAccessibleAsync(agent);
        await agent.GetByLabel("No answer").CheckAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Record the call" }).ClickAsync();
        await Assertions.Expect(agent.Locator(".govuk-notification-banner")).ToContainTextAsync("It stays in the queue to try again");
        await Assertions.Expect(agent.Locator("#callbacks tr", new() { HasText = booked[0].Name })).ToContainTextAsync("Try again from");

        await agent.Locator("#callbacks tr", new() { HasText = booked[1].Name }).GetByRole(AriaRole.Link).ClickAsync();
        await agent.GetByLabel("I spoke to them").CheckAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Record the call" }).ClickAsync();
        await Assertions.Expect(agent.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what you talked about");
        await Chromium.AssertAccessibleAsync(agent);
        await agent.GetByLabel("What did you talk about?").FillAsync("Explained the single person discount.");
        await agent.GetByLabel("Settled on this call").CheckAsync();
        await agent.GetByRole(AriaRole.Button, new() { Name = "Record the call" }).ClickAsync();
        await Assertions.Expect(agent.Locator(".govuk-notification-banner")).ToContainTextAsync("Call recorded");
        await Assertions.Expect(agent.Locator("#callbacks")).Not.ToContainTextAsync(booked[1].Name);
        await Assertions.Expect(agent).ToHaveURLAsync(new Regex("/staff/callbacks$"));
    }
}
