using System.Text.RegularExpressions;
using FrontDoor.Features.DemoCouncil;
using FrontDoor.Features.Staff;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// A resident reports a pothole; a Highways officer signs in with their authenticator app, finds it in
/// the queue, assigns it to themselves, sends an update from a template and resolves it; the resident
/// gets the emails and sees the update when they track it. axe checks every staff page visited.
/// </summary>
public sealed class StaffJourneyTests(RunningApp app, Chromium chromium)
{
    IBrowser Browser => chromium.Browser;

    [Fact]
    public async Task Officer_WorksAResidentsReportThroughToResolved()
    {
        var email = $"staff-journey-{Guid.NewGuid():N}@example.com";
        var resident = await (await Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString() })).NewPageAsync();
        var reference = await ReportPotholeAsync(resident, email);

        var staffContext = await Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString() });
        var page = await staffContext.NewPageAsync();
        var checkedPages = new List<string>();
        async Task Check()
        {
            await Chromium.AssertAccessibleAsync(page);
            checkedPages.Add(new Uri(page.Url).AbsolutePath);
        }

        await page.GotoAsync("/staff");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/sign-in"));
        await Check();
        await page.GetByLabel("Email address").FillAsync("officer@ashworth.example");
        await page.GetByLabel("Password").FillAsync(DemoStaff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/sign-in/code"));
        await Check();
        var code = await DemoCodes.NextAsync("officer@ashworth.example");
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/staff/queue"));
        await Assertions.Expect(page.Locator("#queue")).ToContainTextAsync(reference);
        await Check();
        await page.GetByRole(AriaRole.Link, new() { Name = reference }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync($"Case {reference}");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Alex Resident");
        await Check();

        await page.GetByRole(AriaRole.Button, new() { Name = "Assign", Exact = true }).ClickAsync();
        await Check();
        await page.GetByLabel("Olu Officer (you)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Case assigned");
        await Check();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send an update" }).ClickAsync();
        await page.GetByLabel("Start from a response template").SelectOptionAsync(new SelectOptionValue { Label = "Work scheduled" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Use template" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Update")).ToHaveValueAsync(new Regex("We have scheduled the work"));
        await Check();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send update" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Update sent");

        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Check();
        await page.GetByLabel("Fixed").CheckAsync();
        await page.GetByLabel("Message to the customer").FillAsync("We filled the pothole today.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Status changed to Fixed");
        await Assertions.Expect(page.Locator("#timeline")).ToContainTextAsync("We filled the pothole today.");
        await Check();

        var update = await MailDev.WaitForAsync(email, "We have scheduled the work");
        Assert.Contains(reference, update);
        var resolved = await MailDev.WaitForAsync(email, "We filled the pothole today.");
        var link = resolved.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/track/"));
        await resident.GotoAsync(link);
        await Assertions.Expect(resident.Locator("main")).ToContainTextAsync("We have scheduled the work");
        await Assertions.Expect(resident.Locator("main")).ToContainTextAsync("We filled the pothole today.");
        await Assertions.Expect(resident.Locator("main")).ToContainTextAsync("Fixed");

        Assert.True(checkedPages.Distinct().Count() >= 7, string.Join(", ", checkedPages));
    }

    [Fact]
    public async Task Administrator_VisitsEveryOtherStaffPage_NoAccessibilityViolations()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin@ashworth.example");
        var visited = new List<string>();
        foreach (var path in new[]
        {
            "/staff/queue?team=Highways&view=open", "/staff/queue?team=Waste+Services&view=resolved", "/staff/cases/find?reference=nonsense",
            "/staff/raise", "/staff/complaints/new", "/staff/enquiries", "/staff/enquiries/new", "/staff/audit", "/staff/admin/staff", "/staff/admin/staff/new", "/staff/admin/staff/2",
            "/staff/performance?period=custom&from-day=1&from-month=1&from-year=2026&to-day=31&to-month=12&to-year=2026", "/staff/performance/problems",
            "/staff/performance/complaints", "/staff/admin/channel-costs",
        })
        {
            await page.GotoAsync(path);
            await Chromium.AssertAccessibleAsync(page);
            visited.Add(path);
        }
        // And pages showing errors.
        await page.GotoAsync("/staff/admin/staff/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter their full name");
        await Chromium.AssertAccessibleAsync(page);
        await page.GotoAsync("/staff/raise");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose the service");
        await Chromium.AssertAccessibleAsync(page);
        await page.GotoAsync("/staff/complaints/new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record it" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select how the customer contacted us");
        await Chromium.AssertAccessibleAsync(page);
        Assert.Equal(15, visited.Count);

        // Reading a case is audited with who, what and where from.
        var reference = await ReportPotholeAsync(await context.NewPageAsync(), $"audit-{Guid.NewGuid():N}@example.com");
        await page.GotoAsync($"/staff/cases/{reference}");
        await page.GotoAsync($"/staff/audit?reference={reference}");
        await Assertions.Expect(page.Locator("#audit tbody")).ToContainTextAsync("Ada Administrator");
        await Assertions.Expect(page.Locator("#audit tbody")).ToContainTextAsync("Viewed case and customer details");
        await Assertions.Expect(page.Locator("#audit tbody")).ToContainTextAsync("127.0.0.1");
    }

    [Fact]
    public async Task Administrator_DataProtectionAndAuditPages_WorkAndNoAccessibilityViolations()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        var email = $"privacy-{Guid.NewGuid():N}@example.com";
        await ReportPotholeAsync(await context.NewPageAsync(), email);
        await SignInAsync(page, "admin@ashworth.example");
        await page.GotoAsync($"/staff/customers?q={Uri.EscapeDataString(email)}");
        var customer = await page.EvalOnSelectorAllAsync<string>("main a", "links => links.map(a => a.getAttribute('href')).find(h => /^\\/staff\\/customers\\/\\d+$/.test(h))");

        // The customer's data protection page: a legal hold refused without its reason, then placed.
        await page.GotoAsync(customer!);
        await page.GetByRole(AriaRole.Link, new() { Name = "Data protection: subject access, legal hold and erasure" }).ClickAsync();
        await Assertions.Expect(page.Locator("#erase-refused")).ToContainTextAsync("still open");
        await page.GetByRole(AriaRole.Button, new() { Name = "Place under legal hold" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter why the record must be kept");
        await Chromium.AssertAccessibleAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download everything held about them" }).ClickAsync());
        Assert.Equal($"subject-access-customer-{customer!.Split('/').Last()}.zip", download.SuggestedFilename);

        // The audit log, filtered to that customer, then checked.
        await page.GotoAsync(customer);
        await page.GetByRole(AriaRole.Link, new() { Name = "Who has viewed or changed this record" }).ClickAsync();
        await Assertions.Expect(page.Locator("#audit tbody")).ToContainTextAsync("Exported everything held about the customer");
        await Chromium.AssertAccessibleAsync(page);
        await page.GotoAsync("/staff/audit?customer=someone&from-day=31&from-month=2&from-year=2026");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The first date must be a real date");
        await Chromium.AssertAccessibleAsync(page);
        await page.GotoAsync("/staff/audit/check");
        await page.GetByRole(AriaRole.Button, new() { Name = "Check the audit log" }).ClickAsync();
        await Assertions.Expect(page.Locator("#audit-check")).ToContainTextAsync("The audit log holds");
        await Chromium.AssertAccessibleAsync(page);

        // The retention schedule and the messages that did not get through.
        await page.GotoAsync("/staff/admin/retention");
        await page.GetByRole(AriaRole.Button, new() { Name = "See what a run would remove today" }).ClickAsync();
        await Assertions.Expect(page.Locator("#preview")).ToContainTextAsync("report only");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Choose a service from the list");
        await Chromium.AssertAccessibleAsync(page);
        await page.GotoAsync("/staff/admin/undelivered-messages");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Messages not delivered");
        await Chromium.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task Administrator_AddsAnApiClient_ItsKeyWorksAndItsDeliveriesAreLogged()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString() });
        var page = await context.NewPageAsync();
        await SignInAsync(page, "admin@ashworth.example");
        await page.GotoAsync("/staff/admin/api-clients");
        await Assertions.Expect(page.Locator("#api-clients")).ToContainTextAsync("Demo Open311 client");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an API client" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create API client" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select what the connected system may do");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("Name of the connected system").FillAsync("Highways works system");
        await page.GetByLabel("Read cases and their public updates").CheckAsync();
        await page.GetByLabel("Create cases, add updates and notes, and change status").CheckAsync();
        await page.GetByLabel("Manage its own webhook subscriptions").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create API client" }).ClickAsync();
        var key = (await page.Locator("#api-key").TextContentAsync())!.Trim();
        await Chromium.AssertAccessibleAsync(page);

        // The connected system subscribes to a receiver that is down, then reports a pothole over Open311.
        using var http = new HttpClient { BaseAddress = app.BaseUrl };
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var closedPort = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closedPort.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)closedPort.LocalEndpoint).Port}/down";
        closedPort.Stop();
        var subscribed = await http.PostAsync("/api/v1/webhooks", new StringContent($"{{\"url\":\"{url}\",\"events\":[\"case.created\"]}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(System.Net.HttpStatusCode.Created, subscribed.StatusCode);
        var posted = await http.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["api_key"] = key, ["service_code"] = "pothole", ["lat"] = "53.75", ["long"] = "-2.48", ["first_name"] = "Web", ["last_name"] = "Hook",
            ["description"] = "Hole", ["attribute[where_on_road]"] = "road", ["attribute[depth]"] = "deep",
        }));
        Assert.Equal(System.Net.HttpStatusCode.OK, posted.StatusCode);

        await page.GetByRole(AriaRole.Link, new() { Name = "View Highways works system" }).ClickAsync();
        for (var i = 0; i < 50 && await page.Locator("#deliveries tbody a").CountAsync() == 0; i++)
        {
            await Task.Delay(200);
            await page.ReloadAsync();
        }
        await Assertions.Expect(page.Locator("#subscriptions")).ToContainTextAsync(url);
        await Chromium.AssertAccessibleAsync(page);
        await page.Locator("#deliveries tbody a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#attempts")).ToContainTextAsync("Could not connect to the receiver");
        await Chromium.AssertAccessibleAsync(page);
    }

    internal static async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/staff/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoStaff.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Enter the code from your authenticator app").FillAsync(await DemoCodes.NextAsync(email));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/sign-in"));
    }

    internal static async Task<string> ReportPotholeAsync(IPage page, string email)
    {
        await page.GotoAsync("/services/pothole");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.GetByLabel("In the road").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("4cm or deeper").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Postcode").FillAsync("FD1 1AA");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find address" }).ClickAsync();
        await page.Locator("input[name=uprn]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Describe the problem").FillAsync("Deep pothole by the bus stop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByLabel("Full name").FillAsync("Alex Resident");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept and send" }).ClickAsync();
        return (await page.Locator("#reference").TextContentAsync())!.Trim();
    }
}
