using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// A resident's request is resolved; they answer the satisfaction question from the email's link, complain, and take the
/// complaint to stage 2; a manager watches the figures move, downloads a table and reads the complaints report; the public
/// page publishes the month. axe checks every page on the way.
/// </summary>
public sealed partial class PerformanceJourneyTests(RunningApp app, Chromium chromium)
{
    IBrowser Browser => chromium.Browser;

    [GeneratedRegex(@"https?://\S+/feedback/\S+")]
    private static partial Regex FeedbackLink();

    [GeneratedRegex(@"https?://\S+/complaints/\S+/escalate")]
    private static partial Regex EscalationLink();

    [GeneratedRegex(@"https?://\S+/track/\S+")]
    private static partial Regex TrackingLink();

    async Task<IPage> PageAsync() => await (await Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString(), AcceptDownloads = true })).NewPageAsync();

    static async Task<int> SummaryAsync(IPage page, string measure)
    {
        var cell = page.Locator("#summary tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Rowheader, new() { Name = measure, Exact = true }) }).Locator("td").First;
        return int.Parse((await cell.TextContentAsync())!.Trim().Replace(",", ""));
    }

    [Fact]
    public async Task Resident_SatisfactionAndComplaint_ManagerSeesTheFiguresAndThePublicPageTheMonth()
    {
        var checkedPages = new List<string>();
        async Task Check(IPage page)
        {
            await Chromium.AssertAccessibleAsync(page);
            checkedPages.Add(new Uri(page.Url).AbsolutePath);
        }

        var manager = await PageAsync();
        await StaffJourneyTests.SignInAsync(manager, "manager@ashworth.example");
        await Assertions.Expect(manager).ToHaveURLAsync(new Regex("/staff/performance$"));
        await Check(manager);
        var answersBefore = await SummaryAsync(manager, "Satisfaction answers");

        var email = $"performance-journey-{Guid.NewGuid():N}@example.com";
        var resident = await PageAsync();
        var reference = await StaffJourneyTests.ReportPotholeAsync(resident, email);

        var officer = await PageAsync();
        await StaffJourneyTests.SignInAsync(officer, "officer@ashworth.example");
        await officer.GotoAsync($"/staff/cases/{reference}/status");
        await officer.GetByLabel("Fixed").CheckAsync();
        await officer.GetByLabel("Message to the customer").FillAsync("We filled the pothole and swept up.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Change status" }).ClickAsync();

        // The one question, from the link in the email that closed the request.
        var closed = await MailDev.WaitForAsync(email, "We filled the pothole and swept up.");
        await resident.GotoAsync(FeedbackLink().Match(closed).Value);
        await Check(resident);
        await resident.GetByLabel("Very satisfied", new() { Exact = true }).CheckAsync();
        await resident.GetByRole(AriaRole.Button, new() { Name = "Send feedback" }).ClickAsync();
        await Assertions.Expect(resident.Locator("h1")).ToContainTextAsync("Thank you for your feedback");
        await Check(resident);

        // A complaint about the same request, from its tracking page.
        await resident.GotoAsync(TrackingLink().Match(closed).Value);
        await resident.GetByRole(AriaRole.Link, new() { Name = "Make a complaint" }).ClickAsync();
        await Check(resident);
        await resident.GetByLabel("Make a complaint").CheckAsync();
        await resident.GetByLabel("Tell us what happened").FillAsync("The crew left a cone behind.");
        await resident.GetByLabel("Full name").FillAsync("Alex Resident");
        await resident.GetByLabel("Email address").FillAsync(email);
        await resident.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
        await Assertions.Expect(resident.Locator("h1")).ToContainTextAsync("Complaint sent");
        await Check(resident);
        var complaint = (await resident.Locator("#reference").TextContentAsync())!.Trim();

        await officer.GotoAsync($"/staff/cases/{complaint}/complaint");
        await Check(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Acknowledge the complaint" }).ClickAsync();
        await officer.GotoAsync($"/staff/cases/{complaint}/complaint");
        await officer.GetByLabel("Not upheld").CheckAsync();
        await officer.GetByLabel("Response to the customer").FillAsync("The cone marks a repair still to be finished.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Send the response" }).ClickAsync();
        await Check(officer);

        var response = await MailDev.WaitForAsync(email, "The cone marks a repair still to be finished.");
        await resident.GotoAsync(EscalationLink().Match(response).Value);
        await Check(resident);
        await resident.GetByLabel("Why are you not satisfied with our response?").FillAsync("Nobody has come back to finish it.");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Ask us to look again" }).ClickAsync();
        await Assertions.Expect(resident.Locator("h1")).ToContainTextAsync("We will look at your complaint again");
        await Check(resident);

        // The figures are brought up to date every second here (every minute by default).
        for (var i = 0; i < 60 && await SummaryAsync(manager, "Satisfaction answers") <= answersBefore; i++)
        {
            await Task.Delay(500);
            await manager.ReloadAsync();
        }
        Assert.True(await SummaryAsync(manager, "Satisfaction answers") > answersBefore);
        await Check(manager);
        var download = await manager.RunAndWaitForDownloadAsync(() => manager.GetByRole(AriaRole.Link, new() { Name = "Download ‘Summary’ as a spreadsheet (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.StartsWith("Measure,", csv);
        Assert.Contains("Satisfaction answers,", csv);
        await manager.GetByRole(AriaRole.Link, new() { Name = "complaints report" }).ClickAsync();
        var stage2 = await manager.Locator("#stages tbody tr").Nth(1).Locator("td").First.TextContentAsync();
        Assert.NotEqual("0", stage2!.Trim());
        await Check(manager);

        // Last month is published once it is over: the request is moved back a month, and the figures worked out again.
        await using (var db = new SqliteConnection($"Data Source={app.DatabasePath}"))
        {
            await db.OpenAsync();
            var update = db.CreateCommand();
            update.CommandText = """UPDATE "Cases" SET "CreatedAt" = $at WHERE "Reference" = $reference""";
            update.Parameters.AddWithValue("$at", DateTime.UtcNow.AddMonths(-1).ToString("yyyy-MM-dd HH:mm:ss"));
            update.Parameters.AddWithValue("$reference", reference);
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }
        var (exitCode, output) = await app.RunCommandAsync("rebuild-figures");
        Assert.True(exitCode == 0, output);
        Assert.Contains("Figures rebuilt", output);
        var publicPage = await PageAsync();
        await publicPage.GotoAsync("/performance");
        var lastMonth = DateTime.UtcNow.AddMonths(-1).ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        await Assertions.Expect(publicPage.Locator("#by-month tbody tr").Filter(new() { HasText = lastMonth })).ToContainTextAsync("Fewer than 5");
        await Check(publicPage);
        var data = await publicPage.APIRequest.GetAsync("/performance/data.csv");
        Assert.StartsWith("month,service_code,service,", await data.TextAsync());

        Assert.True(checkedPages.Distinct().Count() >= 9, string.Join(", ", checkedPages));
    }
}
