using System.Net.Http.Headers;
using System.Text;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Calendar;

/// <summary>The council's bank holiday division and GOV.UK's file. Council-wide, so each database has an app of its own.</summary>
public abstract class BankHolidayTests(TestApp app)
{
    static readonly DateOnly StAndrewsDay2026 = new(2026, 11, 30);
    static readonly DateTime FridayAfternoon = new(2026, 11, 27, 15, 0, 0, DateTimeKind.Utc);

    WorkingDays Days()
    {
        using var scope = app.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<WorkingDays>();
    }

    async Task<Browser> AdminAsync() => StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));

    async Task ImportAsync(Browser admin, string json)
    {
        await admin.GetAsync(StaffLinks.BankHolidays);
        var form = new MultipartFormDataContent { { new StringContent(admin.AntiforgeryToken), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        form.Add(file, "file", "bank-holidays.json");
        await admin.GetFromResponseAsync(await admin.Client.PostAsync(StaffLinks.BankHolidays + "?handler=import", form));
    }

    [Fact]
    public async Task Division_Scotland_DueDatesSkipStAndrewsDay_AndBackAgain()
    {
        Assert.Equal(new DateOnly(2026, 11, 30), DateOnly.FromDateTime(Days().DueBy(FridayAfternoon, 1, null)));
        var admin = await AdminAsync();
        await admin.GetAsync(StaffLinks.BankHolidays);
        await admin.SubmitAsync(new Dictionary<string, string> { ["division"] = "scotland" }, button: "Save");
        Assert.Contains("Scotland", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.True(Days().IsBankHoliday(StAndrewsDay2026));
        Assert.Equal(new DateOnly(2026, 12, 1), DateOnly.FromDateTime(Days().DueBy(FridayAfternoon, 1, null)));

        await admin.SubmitAsync(new Dictionary<string, string> { ["division"] = "wales" }, button: "Save");
        Assert.Equal(["Choose which bank holidays the council follows"], admin.ErrorSummary);
        await admin.GetAsync(StaffLinks.BankHolidays);
        await admin.SubmitAsync(new Dictionary<string, string> { ["division"] = "england-and-wales" }, button: "Save");
        Assert.False(Days().IsBankHoliday(StAndrewsDay2026));
    }

    [Fact]
    public async Task Import_AFileWithMistakes_ListsEveryOneAndChangesNothing_AGoodOneReplacesTheDivision()
    {
        var admin = await AdminAsync();
        int before;
        await using (app.Scope(out var db)) before = await db.BankHolidays.CountAsync();

        await ImportAsync(admin, """
            { "england-and-wales": { "division": "england-and-wales", "events": [
                { "title": "New Year's Day", "date": "2029-01-01" }, { "title": "", "date": "2029-13-01" }, { "title": "Again", "date": "2029-01-01" } ] },
              "wales": { "events": [] } }
            """);
        Assert.Equal([
            "england-and-wales.events[1].title: give a title of 100 characters or less",
            "england-and-wales.events[1].date: give a date like 2027-12-27",
            "england-and-wales.events[2].date: 2029-01-01 is listed twice",
            "wales: not a division (use england-and-wales, scotland or northern-ireland)"], admin.ErrorSummary);
        await ImportAsync(admin, "not json");
        Assert.StartsWith("The file is not GOV.UK's bank holidays JSON", admin.ErrorSummary.Single());
        await using (app.Scope(out var db)) Assert.Equal(before, await db.BankHolidays.CountAsync());

        await ImportAsync(admin, """
            { "england-and-wales": { "division": "england-and-wales", "events": [
                { "title": "Christmas Day", "date": "2026-12-25", "notes": "", "bunting": true },
                { "title": "Council founding day", "date": "2026-12-29", "notes": "", "bunting": false } ] } }
            """);
        Assert.Contains("2 for England and Wales", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.True(Days().IsBankHoliday(new DateOnly(2026, 12, 29)));
        Assert.False(Days().IsBankHoliday(new DateOnly(2026, 12, 28)), "The division's old holidays are replaced");
        await using (app.Scope(out var db))
        {
            Assert.True(await db.BankHolidays.AnyAsync(h => h.Division == "scotland" && h.Date == StAndrewsDay2026), "Other divisions are kept");
            Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "Imported bank holidays");
        }
    }
}

public class BankHolidayTestsOnSqlite(OwnSqliteApp app) : BankHolidayTests(app), IClassFixture<OwnSqliteApp>;
public class BankHolidayTestsOnPostgres(OwnPostgresApp app) : BankHolidayTests(app), IClassFixture<OwnPostgresApp>;
