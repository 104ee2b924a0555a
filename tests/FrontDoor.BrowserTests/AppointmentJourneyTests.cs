using System.Text.RegularExpressions;
using FrontDoor.Features.Calendar;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace FrontDoor.BrowserTests;

/// <summary>
/// A resident who needs a Polish interpreter books housing advice from the home page, takes the calendar file, is
/// reminded, and moves it; on the day the Polish-speaking officer checks her in and records the outcome. Another, without
/// JavaScript, books by phone with a BSL interpreter, which the support list shows, then cancels. axe checks each page.
/// </summary>
public sealed class AppointmentJourneyTests(RunningApp app, Chromium chromium)
{
    async Task<IPage> PageAsync(bool javascript = true) =>
        await (await chromium.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl.ToString(), JavaScriptEnabled = javascript })).NewPageAsync();

    static Task ContinueAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

    /// <summary>What only time would do: the day before, then the day itself.</summary>
    async Task MoveAsync(string email, DateTime start, DateTime createdAt)
    {
        await using var db = new SqliteConnection($"Data Source={app.DatabasePath}");
        await db.OpenAsync();
        var update = db.CreateCommand();
        update.CommandText = """UPDATE "Appointments" SET "Start" = $start, "End" = $end, "CreatedAt" = $created WHERE "Email" = $email AND "State" = 'Booked'""";
        update.Parameters.AddWithValue("$start", start.ToString("yyyy-MM-dd HH:mm:ss"));
        update.Parameters.AddWithValue("$end", start.AddMinutes(30).ToString("yyyy-MM-dd HH:mm:ss"));
        update.Parameters.AddWithValue("$created", createdAt.ToString("yyyy-MM-dd HH:mm:ss"));
        update.Parameters.AddWithValue("$email", email);
        Assert.Equal(1, await update.ExecuteNonQueryAsync());
    }

    [Fact]
    public async Task Resident_BooksWithAPolishInterpreterNeed_IsRemindedMovesIt_AndTheOfficerRecordsTheOutcome()
    {
        var page = await PageAsync();
        var name = $"Ola Script {Guid.NewGuid().ToString("N")[..6]}";
        var email = $"appointment-journey-{Guid.NewGuid():N}@example.com";
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Book an appointment" }).First.ClickAsync();
        await Chromium.AssertAccessibleAsync(page);
        await ContinueAsync(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select what you need an appointment for");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("Housing advice").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("In person").CheckAsync();
        await ContinueAsync(page);
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("Ashworth Town Hall").CheckAsync();
        await ContinueAsync(page);
        await Chromium.AssertAccessibleAsync(page);
        await page.Locator("input[name=day]").First.CheckAsync();
        await ContinueAsync(page);
        await Chromium.AssertAccessibleAsync(page);
        await page.Locator("input[name=start]").First.CheckAsync();
        await ContinueAsync(page);

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Your details");
        await ContinueAsync(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter your full name");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByLabel("Full name").FillAsync(name);
        await page.GetByLabel("Email address", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("What would you like to talk about?").FillAsync("Our landlord has asked us to leave.");
        await page.GetByLabel("An interpreter for another language").CheckAsync();
        await page.GetByLabel("Which language?").FillAsync("Polish");
        await ContinueAsync(page);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Check your answers");
        await Chromium.AssertAccessibleAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Book the appointment" }).ClickAsync();

        await Assertions.Expect(page.Locator(".govuk-panel")).ToContainTextAsync("Appointment booked");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("An interpreter for Polish");
        await Chromium.AssertAccessibleAsync(page);
        var calendar = await page.APIRequest.GetAsync((await page.Locator("a[download]").GetAttributeAsync("href"))!);
        Assert.Equal("text/calendar", calendar.Headers["content-type"].Split(';')[0]);
        Assert.Contains("BEGIN:VEVENT", await calendar.TextAsync());
        Assert.Contains("Ashworth Town Hall", await MailDev.WaitForAsync(email, "Your appointment"));

        // The day before: the reminder comes by email, the way she gave.
        var tomorrow = UkDates.DayOf(DateTime.UtcNow).AddDays(1);
        await MoveAsync(email, UkDates.At(tomorrow, new TimeOnly(10, 0)), DateTime.UtcNow.AddDays(-3));
        Assert.Contains("Reminder: your appointment tomorrow", await MailDev.WaitForAsync(email, "Reminder: your appointment tomorrow"));

        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the time" }).ClickAsync();
        await Chromium.AssertAccessibleAsync(page);
        await page.Locator("input[name=day]").Nth(1).CheckAsync();
        await ContinueAsync(page);
        await Chromium.AssertAccessibleAsync(page);
        await page.Locator("input[name=start]").First.CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Move my appointment" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your appointment has moved");
        await Chromium.AssertAccessibleAsync(page);
        await MailDev.WaitForAsync(email, "Your appointment has changed");

        // The day comes. The officer who speaks Polish sees her on the day's list.
        await MoveAsync(email, DateTime.UtcNow.AddMinutes(-10), DateTime.UtcNow.AddDays(-3));
        var officer = await PageAsync();
        await StaffJourneyTests.SignInAsync(officer, "housing.officer@ashworth.example");
        await officer.GetByRole(AriaRole.Link, new() { Name = "Appointments" }).ClickAsync();
        await Assertions.Expect(officer.Locator("#appointments")).ToContainTextAsync(name);
        await Chromium.AssertAccessibleAsync(officer);
        await officer.GetByRole(AriaRole.Button, new() { Name = $"{name} has arrived" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync($"{name} has arrived");
        await officer.Locator("#appointments tr", new() { HasText = name }).GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync(name);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".govuk-error-summary")).ToContainTextAsync("Select how the appointment went");
        await Chromium.AssertAccessibleAsync(officer);
        await officer.GetByLabel("Attended, and what they came about is dealt with").CheckAsync();
        await officer.GetByLabel("Note (optional)").FillAsync("Agreed to contact the landlord about a payment plan.");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record the outcome" }).ClickAsync();
        await Assertions.Expect(officer.Locator(".govuk-notification-banner")).ToContainTextAsync("Outcome recorded");
        await Assertions.Expect(officer.Locator("#appointments tr", new() { HasText = name })).ToContainTextAsync("Attended, resolved");
    }

    [Fact]
    public async Task ResidentWithoutJavaScript_BooksByPhoneWithABslInterpreter_SupportIsListed_ThenCancels()
    {
        var page = await PageAsync(javascript: false);
        var name = $"Sam Plain {Guid.NewGuid().ToString("N")[..6]}";
        var email = $"appointment-plain-{Guid.NewGuid():N}@example.com";
        await page.GotoAsync("/appointments");
        await page.GetByLabel("Help if you might lose your home").CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("By phone").CheckAsync();
        await ContinueAsync(page);
        await page.Locator("input[name=day]").First.CheckAsync();
        await ContinueAsync(page);
        await ContinueAsync(page);
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Select a time");
        await page.Locator("input[name=start]").Last.CheckAsync();
        await ContinueAsync(page);
        await page.GetByLabel("Full name").FillAsync(name);
        await page.GetByLabel("Email address", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Telephone number we should call").FillAsync("07700 900 982");
        await page.GetByLabel("What would you like to talk about?").FillAsync("I am behind with my rent.");
        await page.GetByLabel("A British Sign Language (BSL) interpreter").CheckAsync();
        await ContinueAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Book the appointment" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-panel")).ToContainTextAsync("Appointment booked");

        var agent = await PageAsync();
        await StaffJourneyTests.SignInAsync(agent, "agent@ashworth.example");
        await agent.GetByRole(AriaRole.Link, new() { Name = "Support to arrange" }).ClickAsync();
        await Assertions.Expect(agent.Locator("#support-tasks tr", new() { HasText = name })).ToContainTextAsync("British Sign Language (BSL) interpreter");
        await Chromium.AssertAccessibleAsync(agent);

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel the appointment" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Yes, cancel it" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-notification-banner")).ToContainTextAsync("Your appointment is cancelled");
        await agent.ReloadAsync();
        await Assertions.Expect(agent.Locator("main")).Not.ToContainTextAsync(name);
        await Assertions.Expect(agent).ToHaveURLAsync(new Regex("/staff/support-tasks$"));
    }
}
