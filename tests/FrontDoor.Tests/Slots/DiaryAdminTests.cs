using FrontDoor.Features.Appointments;
using FrontDoor.Features.Slots;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Appointments;
using FrontDoor.Tests.Infrastructure;
using static FrontDoor.Tests.Infrastructure.UkTimes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Slots;

public abstract class DiaryAdminTests(TestApp app)
{
    [Fact]
    public async Task Administrator_ClosesADiaryForTwoDays_TimesAreNoLongerOffered_ThenReopensIt()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2027-03-01 08:00")));
        Assert.Equal(s.FirstDiary, (await AppointmentSetup.BookAsync(host, s.InPerson, Uk("2027-03-10 09:00"), AppointmentSetup.Input())).Appointment!.DiaryId);
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(TestSignIn.StaffHeader, (await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null)).Id.ToString());
        var admin = new Browser(client);
        async Task<int> FreeAtNineThirtyAsync()
        {
            await using var scope = host.Services.CreateAsyncScope();
            var free = await scope.ServiceProvider.GetRequiredService<AppointmentBooking>().FreeAsync(s.InPerson, new(2027, 3, 10), new(2027, 3, 10), default);
            return free.SingleOrDefault(x => x.Start == Uk("2027-03-10 09:30"))?.Free ?? 0;
        }
        Assert.Equal(2, await FreeAtNineThirtyAsync());

        await admin.GetAsync(DiaryLinks.List);
        Assert.Contains(admin.Page.QuerySelectorAll("#diaries a"), a => a.GetAttribute("href") == DiaryLinks.Diary(s.FirstDiary));
        await admin.GetAsync(DiaryLinks.Diary(s.FirstDiary));
        Assert.Contains("Monday: 9am to 12pm, 30-minute slots, 1 place each", admin.Page.QuerySelector("#hours")!.TextContent);
        await admin.SubmitAsync();
        Assert.Equal(["Enter the first day it is closed", "Enter why it is closed, like Staff training"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string> { ["fromDay"] = "28", ["fromMonth"] = "2", ["fromYear"] = "2027", ["toDay"] = "31", ["toMonth"] = "2", ["toYear"] = "2027", ["reason"] = "Training" });
        Assert.Equal(["The first day must be today or later", "The last day must be a real date, like 26 12 2026"], admin.ErrorSummary);

        await admin.SubmitAsync(new Dictionary<string, string> { ["fromDay"] = "10", ["fromMonth"] = "3", ["fromYear"] = "2027", ["toDay"] = "11", ["toMonth"] = "3", ["toYear"] = "2027", ["reason"] = "Staff training" });
        Assert.Contains("is closed from 10 March 2027 to 11 March 2027. 1 already booked on those days: change or cancel it", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal(1, await FreeAtNineThirtyAsync());
        long closure;
        await using (app.Scope(out var db))
        {
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action.StartsWith("Closed the diary") && e.Changes!.Contains("Staff training")));
            closure = await db.DiaryClosures.Where(c => c.DiaryId == s.FirstDiary).Select(c => c.Id).SingleAsync();
        }

        // The button's own name and value, as a browser sends them.
        await admin.SubmitAsync(null, "Reopen from 10 March 2027 to 11 March 2027", [("remove", closure.ToString())]);
        Assert.Contains("is open again from 10 March 2027 to 11 March 2027", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal(2, await FreeAtNineThirtyAsync());
    }

    [Fact]
    public async Task Administrator_MakesACollectionRound_AddsItsHours_AndItsDatesAreOffered()
    {
        var service = await TestData.ServiceAskingAsync(app,
            new() { Id = "location", Type = FrontDoor.Features.Catalogue.QuestionType.Location, Label = "Where?" },
            new() { Id = "collection", Type = FrontDoor.Features.Catalogue.QuestionType.Slot, Label = "When?" });
        var ward = $"Ward {Guid.NewGuid():N}";
        var home = await TestData.PropertyAsync(app, ward);
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2027-03-01 08:00")));
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(TestSignIn.StaffHeader, (await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null)).Id.ToString());
        var admin = new Browser(client);
        var name = $"Round {Guid.NewGuid():N}";

        await admin.GetAsync(DiaryLinks.New);
        await admin.SubmitAsync(new Dictionary<string, string> { ["noticeHours"] = "-1", ["bookAheadDays"] = "x" });
        Assert.Equal(["Enter a name for the diary", "Select what the diary is for", "Select the team that works what is booked",
            "The notice must be a whole number of hours from 0 to 720", "How far ahead must be a whole number of days from 1 to 366"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = name, ["use"] = "Collections", ["team"] = service.TeamId.ToString(), ["noticeHours"] = "24", ["bookAheadDays"] = "14" },
            extra: [("wards", "Nowhere at all")]);
        Assert.Equal(["Select the service whose dates it offers", "Select wards from the list"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string> { ["name"] = name, ["use"] = "Collections", ["team"] = service.TeamId.ToString(), ["service"] = service.Id.ToString(), ["noticeHours"] = "24", ["bookAheadDays"] = "14" },
            extra: [("wards", ward)]);
        Assert.Contains("Add its weekly hours", admin.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.NotNull(admin.Page.QuerySelector("#no-hours"));
        var diaryPath = admin.Path;

        await admin.SubmitAsync(new Dictionary<string, string> { ["hoursDay"] = "Wednesday", ["hoursFrom"] = "17:00", ["hoursTo"] = "7:00", ["slotMinutes"] = "600", ["places"] = "0" }, "Add the hours");
        Assert.Equal(["The closing time must be after the opening time", "The places in each slot must be a whole number from 1 to 500"], admin.ErrorSummary);
        await admin.SubmitAsync(new Dictionary<string, string> { ["hoursDay"] = "Wednesday", ["hoursFrom"] = "7:00", ["hoursTo"] = "17:00", ["slotMinutes"] = "600", ["places"] = "5" }, "Add the hours");
        Assert.Equal(diaryPath, admin.Path);
        Assert.Contains("Wednesday: 7am to 5pm, 600-minute slots, 5 places each", admin.Page.QuerySelector("#hours")!.TextContent);
        await admin.SubmitAsync(new Dictionary<string, string> { ["hoursDay"] = "Wednesday", ["hoursFrom"] = "8:00", ["hoursTo"] = "9:00", ["slotMinutes"] = "60", ["places"] = "1" }, "Add the hours");
        Assert.Equal(["These hours overlap hours the diary already has that day"], admin.ErrorSummary);

        await using var scope = host.Services.CreateAsyncScope();
        var dates = scope.ServiceProvider.GetRequiredService<ServiceDates>();
        var free = await dates.FreeAsync(await dates.DiariesAsync(service.Id, home.Ward, default), default);
        Assert.Equal([Uk("2027-03-03 07:00"), Uk("2027-03-10 07:00")], free.Select(f => f.Start));
        Assert.All(free, f => Assert.Equal(5, f.Free));
        Assert.Empty(await dates.DiariesAsync(service.Id, "Another ward", default));
        await using (app.Scope(out var db))
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == $"Made the diary {name}"));

        var hours = admin.Page.QuerySelector("#hours button")!;
        await admin.SubmitAsync(null, hours.TextContent.Trim(), [("removeHours", hours.GetAttribute("value")!)]);
        Assert.NotNull(admin.Page.QuerySelector("#no-hours"));
        Assert.Empty(await dates.FreeAsync(await dates.DiariesAsync(service.Id, home.Ward, default), default));
    }
}

public class DiaryAdminTestsOnSqlite(SqliteApp app) : DiaryAdminTests(app);
public class DiaryAdminTestsOnPostgres(PostgresApp app) : DiaryAdminTests(app);
