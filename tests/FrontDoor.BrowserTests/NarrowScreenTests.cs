using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// What only a real browser shows: pages that must not scroll sideways at 320 and 375 pixels (WCAG 1.4.10),
/// a phone-sized photo upload answered on the photo page itself, and a photo on the staff case page.
/// </summary>
public sealed partial class NarrowScreenTests(RunningApp app, Chromium chromium)
{
    [GeneratedRegex(@"\b(\d{6})\b")]
    private static partial Regex SixDigits();

    Task<IBrowserContext> ContextAsync(int width, bool javascript = true) =>
        chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString(), ViewportSize = new() { Width = width, Height = 800 }, JavaScriptEnabled = javascript });

    /// <summary>Fails naming the elements that stick out past the right edge of the window.</summary>
    static async Task AssertNoSidewaysScrollAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<string[]>("""
            () => document.documentElement.scrollWidth <= window.innerWidth ? [] :
              [...document.querySelectorAll('body *')]
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
                .slice(0, 8).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.') + ' ' + Math.round(e.getBoundingClientRect().right))
            """);
        Assert.True(overflow.Length == 0, $"{page.Url} scrolls sideways at {page.ViewportSize!.Width}px: {string.Join("; ", overflow)}");
    }

    [Fact]
    public async Task Resident_At320Pixels_AccountPagesAndServicesFitTheScreen()
    {
        var page = await (await ContextAsync(320)).NewPageAsync();
        // Long addresses are the usual culprit: they must wrap.
        var email = $"a-resident-with-a-long-address-{Guid.NewGuid():N}@example.com";
        await StaffJourneyTests.ReportPotholeAsync(page, email);
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Security code").FillAsync(SixDigits().Match(await MailDev.WaitForAsync(email, "security code")).Groups[1].Value);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account$"));

        foreach (var path in new[] { "/account", "/account/preferences", "/services", "/services/pothole", "/track", "/performance", "/complaints/new", "/page-feedback/problem?route=%2Fservices&return=%2Fservices" })
        {
            await page.GotoAsync(path);
            await AssertNoSidewaysScrollAsync(page);
            await Chromium.AssertAccessibleAsync(page);
        }
    }

    [Fact]
    public async Task Resident_PhotoFromAPhoneCamera_ToldOnThePhotoPageAndNothingLost()
    {
        var page = await (await ContextAsync(375, javascript: false)).NewPageAsync();
        await page.GotoAsync("/services/pothole");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.GetByLabel("In the road").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GotoAsync("/services/pothole/upload");

        // Over the 20MB a request may carry, as phone cameras make them.
        var huge = new byte[21 * 1024 * 1024];
        Random.Shared.NextBytes(huge);
        huge[0] = 0xFF; huge[1] = 0xD8; huge[2] = 0xFF;
        await page.GetByLabel("Add a photo").SetInputFilesAsync(new FilePayload { Name = "IMG_0001.jpg", MimeType = "image/jpeg", Buffer = huge });
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The selected file must be smaller than 10MB");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Add a photo");
        await page.GotoAsync("/services/pothole/questions/where_on_road");
        await Assertions.Expect(page.GetByLabel("In the road")).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Staff_At375Pixels_CasePhotoAndCustomerSearchFitTheScreen()
    {
        var resident = await (await ContextAsync(1280)).NewPageAsync();
        await resident.SetContentAsync("<body style='margin:0;background:#1d70b8'></body>");
        var photo = await resident.ScreenshotAsync(new() { Clip = new() { X = 0, Y = 0, Width = 640, Height = 480 }, Type = ScreenshotType.Png });
        var email = $"photo-{Guid.NewGuid():N}@example.com";
        await resident.GotoAsync("/services/pothole");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await resident.GetByLabel("In the road").CheckAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await resident.GetByLabel("4cm or deeper").CheckAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await resident.GetByRole(AriaRole.Link, new() { Name = "The problem is not at an address" }).ClickAsync();
        await resident.GetByLabel("Describe where it is").FillAsync("Beech Lane by the park gates");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await resident.GetByLabel("Add a photo").SetInputFilesAsync(new FilePayload { Name = "pothole.png", MimeType = "image/png", Buffer = photo });
        await resident.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await resident.GetByLabel("Describe the problem").FillAsync("Deep pothole");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await resident.GetByLabel("Full name").FillAsync("Pat Photographer");
        await resident.GetByLabel("Email address").FillAsync(email);
        await resident.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "Accept and send" }).ClickAsync();
        var reference = (await resident.Locator("#reference").TextContentAsync())!.Trim();

        var staff = await (await ContextAsync(375)).NewPageAsync();
        await StaffJourneyTests.SignInAsync(staff, "admin@ashworth.example");
        await staff.GotoAsync($"/staff/cases/{reference}");
        var image = staff.Locator("img.app-case-photo");
        await Assertions.Expect(image).ToBeVisibleAsync();
        Assert.True((await image.BoundingBoxAsync())!.Width <= 375, "The photo is wider than the screen");
        await AssertNoSidewaysScrollAsync(staff);
        await Chromium.AssertAccessibleAsync(staff);
        await staff.Locator("a:has(img.app-case-photo)").ClickAsync();
        Assert.EndsWith("image/png", (await staff.EvaluateAsync<string>("() => document.contentType")));

        await staff.GotoAsync($"/staff/customers?q={email}");
        await Assertions.Expect(staff.Locator("#customers")).ToContainTextAsync("Pat Photographer");
        await AssertNoSidewaysScrollAsync(staff);
        await Chromium.AssertAccessibleAsync(staff);

        // The set-up pages' tables scroll within themselves rather than the page.
        foreach (var path in new[]
        {
            "/staff/admin", "/staff/admin/teams", "/staff/admin/services", "/staff/admin/services/new", "/staff/admin/messages",
            "/staff/admin/messages/escalation-warning/email/en", "/staff/admin/response-templates",
            "/staff/admin/content/cookies", "/staff/admin/bank-holidays", "/staff/admin/council", "/staff/admin/catalogue", "/help/cookies",
            "/staff/performance", "/staff/performance/complaints", "/staff/admin/channel-costs",
        })
        {
            await staff.GotoAsync(path);
            await AssertNoSidewaysScrollAsync(staff);
            await Chromium.AssertAccessibleAsync(staff);
        }
    }
}
