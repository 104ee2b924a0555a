using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Gazetteer;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Slots;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static FrontDoor.Tests.Infrastructure.UkTimes;

namespace FrontDoor.Tests.Slots;

/// <summary>
/// A bulky waste collection booked on the round that serves the address: a ward of its own for each round, so tests
/// never share a place. The north round comes on Mondays, the south on Tuesdays, from 7am to 5pm, booked a day ahead.
/// </summary>
public abstract class BookedServiceTests(TestApp app)
{
    /// <summary>Monday 1 March 2027, 8am: the first bookable Monday is the 8th.</summary>
    static readonly DateTime Now = Uk("2027-03-01 08:00");

    static SlotSpan Day(string date) => new(Uk($"{date} 07:00"), Uk($"{date} 17:00"));
    static string Value(string date) => SlotTimes.Value(Day(date));

    sealed record Rounds(Service Service, Property North, Property South, long NorthDiary);

    async Task<Rounds> RoundsAsync(int places = 2)
    {
        var (northWard, southWard) = ($"North {Guid.NewGuid():N}", $"South {Guid.NewGuid():N}");
        var service = await TestData.ServiceAskingAsync(app,
            new Question { Id = "location", Type = QuestionType.Location, Label = "Where should we collect from?" },
            new Question { Id = "collection", Type = QuestionType.Slot, Label = "When should we collect?", Name = "a collection date" });
        Diary Round(string ward, DayOfWeek day) => new()
        {
            Name = $"Round {Guid.NewGuid():N}", Use = DiaryUse.Collections, ServiceId = service.Id, TeamId = service.TeamId, Wards = [ward],
            NoticeHours = 24, BookAheadDays = 28, Hours = [new() { Day = day, From = new(7, 0), To = new(17, 0), SlotMinutes = 600, Places = places }],
        };
        var north = Round(northWard, DayOfWeek.Monday);
        await using (app.Scope(out var db))
        {
            db.Diaries.AddRange(north, Round(southWard, DayOfWeek.Tuesday));
            await db.SaveChangesAsync();
        }
        return new(service, await TestData.PropertyAsync(app, northWard), await TestData.PropertyAsync(app, southWard), north.Id);
    }

    static async Task<IntakeResult> SubmitAsync(WebApplicationFactory<Program> host, Rounds r, Property at, string? date, string? email = null)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var answers = new Dictionary<string, List<string>>();
        if (date is not null) answers["collection"] = [date];
        return await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitAsync(new IntakeRequest(r.Service, answers, new LocationInput(at.Uprn), null,
            new ContactInput("Bo Bulky", email ?? Residents.NewEmail(), null), Channel.Web, "http://localhost"), default);
    }

    static async Task<List<OpenSlot>> FreeAsync(WebApplicationFactory<Program> host, Rounds r, Property at)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var dates = scope.ServiceProvider.GetRequiredService<ServiceDates>();
        return await dates.FreeAsync(await dates.DiariesAsync(r.Service.Id, at.Ward, default), default);
    }

    [Fact]
    public async Task Resident_ChoosesADayOfTheirWardsRound_TheCaseTakesItsPlaceAndIsDueThatDay()
    {
        var r = await RoundsAsync();
        await using var host = app.WithClock(new FakeTimeProvider(Now));
        var browser = new Browser(host.CreateClient());
        await Journey.StartAsync(browser, r.Service);
        await browser.SubmitAsync(new Dictionary<string, string> { ["postcode"] = r.North.Postcode });
        await browser.SubmitAsync(new Dictionary<string, string> { ["uprn"] = r.North.Uprn.ToString() });
        Assert.Equal(Journey.Step(r.Service, "collection"), browser.Path);

        // Only the north round's Mondays, from a day ahead to four weeks ahead; the fourth is Easter Monday, a bank holiday.
        string[] mondays = ["2027-03-08", "2027-03-15", "2027-03-22"];
        Assert.Equal(mondays.Select(Value), browser.Page.QuerySelectorAll("input[name=answer]").Select(i => i.GetAttribute("value")));
        Assert.Equal("Monday 8 March 2027", browser.Page.QuerySelector("label[for=answer]")!.TextContent.Trim());
        await browser.SubmitAsync();
        Assert.Equal(["Select a collection date"], browser.ErrorSummary);

        await browser.SubmitAsync(new Dictionary<string, string> { ["answer"] = Value("2027-03-15") });
        Assert.Equal(JourneySteps.Contact(r.Service), browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "Bo Bulky", ["email"] = Residents.NewEmail() });
        Assert.Contains("Monday 15 March 2027", browser.Page.QuerySelector("main")!.TextContent);
        await browser.SubmitAsync();
        Assert.Equal("Booked for Monday 15 March 2027.", browser.Page.QuerySelector("#booked")!.TextContent.Trim());

        await using var scope = app.Scope(out var db);
        var c = await db.Cases.SingleAsync(c => c.Reference == Journey.Reference(browser.Page));
        var slot = await db.Slots.SingleAsync(s => s.Id == c.BookedSlotId);
        Assert.Equal((r.NorthDiary, Day("2027-03-15").Start, 1), (slot.DiaryId, slot.Start, slot.Taken));
        Assert.Equal(Day("2027-03-15").End, c.DueAt);
        Assert.Contains("Booked for Monday 15 March 2027", (await db.OutboxMessages.SingleAsync(m => m.CaseId == c.Id)).Body);
    }

    [Fact]
    public async Task AnAddressNoRoundServes_IsToldToCall_AndCannotGoOn()
    {
        var r = await RoundsAsync();
        var elsewhere = await TestData.PropertyAsync(app, $"Nowhere {Guid.NewGuid():N}");
        await using var host = app.WithClock(new FakeTimeProvider(Now));
        Assert.Equal(Day("2027-03-09").Start, (await FreeAsync(host, r, r.South))[0].Start);
        var browser = new Browser(host.CreateClient());
        await Journey.StartAsync(browser, r.Service);
        await browser.SubmitAsync(new Dictionary<string, string> { ["postcode"] = elsewhere.Postcode });
        await browser.SubmitAsync(new Dictionary<string, string> { ["uprn"] = elsewhere.Uprn.ToString() });

        Assert.Contains("We cannot book this online for that address", browser.Page.QuerySelector("main")!.TextContent);
        Assert.Empty(browser.Page.QuerySelectorAll("main form button"));
        var result = await SubmitAsync(host, r, elsewhere, Value("2027-03-08"));
        Assert.Equal([SlotRefusals.NoDates], result.Errors.Select(e => e.Message));
    }

    [Fact]
    public async Task TwoPeopleTakeTheLastPlaceAtOnce_OneIsBookedAndTheOtherToldItHasGone()
    {
        var r = await RoundsAsync(places: 1);
        await using var host = app.WithClock(new FakeTimeProvider(Now));
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SubmitAsync(host, r, r.North, Value("2027-03-08"))));

        Assert.Single(results, x => x.Succeeded);
        Assert.All(results.Where(x => !x.Succeeded), x => Assert.Equal((IntakeField.Answer, "That date has just gone. Choose another date", "collection"),
            (x.Errors.Single().Field, x.Errors.Single().Message, x.Errors.Single().QuestionId)));
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.Cases.CountAsync(c => c.ServiceId == r.Service.Id));
        Assert.Equal(1, await db.Slots.Where(s => s.DiaryId == r.NorthDiary).SumAsync(s => s.Taken));
        Assert.DoesNotContain(await FreeAsync(host, r, r.North), s => s.Start == Day("2027-03-08").Start);
    }

    [Fact]
    public async Task CancellingTheCase_GivesTheDateBack_ForSomeoneElseToBook()
    {
        var r = await RoundsAsync(places: 1);
        await using var host = app.WithClock(new FakeTimeProvider(Now));
        var booked = (await SubmitAsync(host, r, r.North, Value("2027-03-08"))).Case!;
        Assert.False((await SubmitAsync(host, r, r.North, Value("2027-03-08"))).Succeeded);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FrontDoor.Data.FrontDoorDb>();
            var c = await db.Cases.ForWorkflow().SingleAsync(c => c.Id == booked.Id);
            var result = await scope.ServiceProvider.GetRequiredService<CaseWorkflow>()
                .ChangeStatusAsync(c, c.Version, Actor.System("officer"), CaseStatus.Cancelled, "Cancelled as you asked.", "http://localhost", default);
            Assert.True(result.Succeeded);
        }
        await using (app.Scope(out var db))
        {
            Assert.Null((await db.Cases.SingleAsync(c => c.Id == booked.Id)).BookedSlotId);
            Assert.True(await db.TimelineEvents.AnyAsync(t => t.CaseId == booked.Id && t.Text == "The booked date was given back for someone else to book"));
        }
        Assert.Contains(await FreeAsync(host, r, r.North), s => s.Start == Day("2027-03-08").Start);
        Assert.True((await SubmitAsync(host, r, r.North, Value("2027-03-08"))).Succeeded);
    }

    [Fact]
    public async Task Resident_CancelsFromTheTrackingLink_AndTheDateIsFreeAgain()
    {
        var r = await RoundsAsync(places: 1);
        await using var host = app.WithClock(new FakeTimeProvider(Now));
        var booked = (await SubmitAsync(host, r, r.North, Value("2027-03-08"))).Case!;
        var links = host.Services.GetRequiredService<FrontDoor.Features.Tracking.TrackingLinks>();
        var resident = new Browser(host.CreateClient());
        await resident.GetAsync(FrontDoor.Features.Tracking.TrackingLinks.Path(booked.Reference, links.Token(booked.Reference)));
        Assert.Contains(resident.Page.QuerySelectorAll(".govuk-summary-list__row"), row =>
            row.QuerySelector("dt")!.TextContent.Trim() == "Booked for" && row.QuerySelector("dd")!.TextContent.Trim() == "Monday 8 March 2027");
        await resident.GetAsync(resident.Page.QuerySelectorAll("a").Single(a => a.TextContent == "Cancel this booking").GetAttribute("href")!);
        Assert.Equal("Cancel your booking", resident.Page.QuerySelector("h1")!.TextContent.Trim());
        await resident.SubmitAsync();
        Assert.Contains("Your booking for Monday 8 March 2027 is cancelled", resident.Page.QuerySelector(".govuk-notification-banner")!.TextContent);

        await using (app.Scope(out var db))
        {
            var c = await db.Cases.SingleAsync(c => c.Id == booked.Id);
            Assert.Equal((CaseStatus.Cancelled, null), (c.Status, c.BookedSlotId));
            Assert.Contains("You cancelled your booking for Monday 8 March 2027 online", (await db.OutboxMessages.OrderBy(m => m.Id).LastAsync(m => m.CaseId == c.Id)).Body);
        }
        Assert.Contains(await FreeAsync(host, r, r.North), s => s.Start == Day("2027-03-08").Start);
        await resident.GetAsync(links.CancelBooking(booked.Reference));
        Assert.Equal("This booking cannot be cancelled online", resident.Page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(resident.Page.QuerySelectorAll("main form"));
        await resident.GetAsync($"/track/{booked.Reference}/cancel?token=forged");
        Assert.Equal(HttpStatusCode.NotFound, resident.Status);
    }

    [Fact]
    public async Task TheDaysList_ShowsEachRoundsBookings_ToItsTeamOnly_WithoutCancelledOnes()
    {
        var r = await RoundsAsync();
        await using var host = app.WithClock(new FakeTimeProvider(Now));
        var kept = (await SubmitAsync(host, r, r.North, Value("2027-03-08"))).Case!;
        var cancelled = (await SubmitAsync(host, r, r.North, Value("2027-03-08"))).Case!;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<FrontDoor.Data.FrontDoorDb>();
            var c = await db.Cases.ForWorkflow().SingleAsync(c => c.Id == cancelled.Id);
            await scope.ServiceProvider.GetRequiredService<CaseWorkflow>()
                .ChangeStatusAsync(c, c.Version, Actor.System("officer"), CaseStatus.Cancelled, "Cancelled as you asked.", "http://localhost", default);
        }

        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, FrontDoor.Features.Staff.StaffRole.Officer, "Highways"));
        await officer.GetAsync(DiaryLinks.Rounds(new(2027, 3, 8), r.NorthDiary));
        var rows = officer.Page.QuerySelectorAll("table.app-round tbody tr").Select(tr => tr.TextContent).ToList();
        var row = Assert.Single(rows);
        Assert.Contains(r.North.SingleLine, row);
        Assert.Contains(kept.Reference, row);
        Assert.Contains("7am to 5pm", row);
        var elsewhere = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, FrontDoor.Features.Staff.StaffRole.Officer, $"Parks {Guid.NewGuid():N}"[..20]));
        await elsewhere.GetAsync(DiaryLinks.Rounds(new(2027, 3, 8), r.NorthDiary));
        Assert.NotNull(elsewhere.Page.QuerySelector("#no-bookings"));
    }

    [Fact]
    public async Task DatesThatCannotBeBooked_GetAClearMessage_AndNothingIsStored()
    {
        var r = await RoundsAsync();
        await using (app.Scope(out var db))
        {
            db.DiaryClosures.Add(new() { DiaryId = r.NorthDiary, From = new(2027, 3, 15), To = new(2027, 3, 15), Reason = "Vehicle in for repair" });
            await db.SaveChangesAsync();
        }
        await using var host = app.WithClock(new FakeTimeProvider(Now));
        (string? Answer, string Message)[] cases =
        [
            (null, "Select a collection date"),
            ("next monday", "Select a collection date"),
            ("2027-03-08T17:00Z/2027-03-08T07:00Z", "Select a collection date"),
            ("9999-03-08T07:00Z/9999-03-08T17:00Z", "Select a collection date"),
            (Value("2027-02-22"), "That date has passed. Choose a later date"),
            (Value("2027-03-01"), "That date has passed. Choose a later date"),
            (Value("2027-03-02"), "That date is too soon for us to arrange. Choose a later date"),
            (Value("2027-03-09"), "Choose one of the dates shown"),
            (Value("2027-03-15"), "We cannot come that day. Choose another date"),
            (Value("2027-04-05"), "That date is too far ahead to book yet. Choose an earlier date"),
            (SlotTimes.Value(new SlotSpan(Uk("2027-03-08 07:00"), Uk("2027-03-08 12:00"))), "Choose one of the dates shown"),
        ];
        foreach (var (answer, message) in cases)
            Assert.Equal([message], (await SubmitAsync(host, r, r.North, answer)).Errors.Select(e => e.Message));

        await using var scope = app.Scope(out var check);
        Assert.False(await check.Cases.AnyAsync(c => c.ServiceId == r.Service.Id));
        Assert.Equal(0, await check.Slots.Where(s => s.DiaryId == r.NorthDiary).SumAsync(s => s.Taken));
    }

    [Fact]
    public async Task ConnectedSystem_ListsTheFreeDatesForAnAddress_AndBooksOne()
    {
        var r = await RoundsAsync(places: 1);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        await using var host = app.WithClock(new FakeTimeProvider(Now));
        var http = host.CreateClient();
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);

        var form = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/services/{r.Service.Slug}")).RootElement.GetProperty("form");
        Assert.Equal("slot", form.GetProperty("properties").GetProperty("collection").GetProperty("format").GetString());
        var dates = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/services/{r.Service.Slug}/dates?uprn={r.South.Uprn}")).RootElement;
        Assert.Equal(Value("2027-03-09"), dates[0].GetProperty("value").GetString());
        Assert.Equal("Tuesday 9 March 2027", dates[0].GetProperty("text").GetString());
        Assert.Equal(1, dates[0].GetProperty("free").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await http.GetAsync($"/api/v1/services/{r.Service.Slug}/dates?uprn=1")).StatusCode);
        var plain = await TestData.ServiceAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/v1/services/{plain.Slug}/dates")).StatusCode);

        object Body() => new
        {
            service_code = r.Service.Slug, answers = new Dictionary<string, object> { ["collection"] = Value("2027-03-09") },
            location = new { uprn = r.South.Uprn }, contact = new { name = "Bo Bulky", email = Residents.NewEmail() },
        };
        Assert.Equal(HttpStatusCode.Created, (await http.PostAsJsonAsync("/api/v1/cases", Body())).StatusCode);
        var gone = await http.PostAsJsonAsync("/api/v1/cases", Body());
        Assert.Equal(HttpStatusCode.BadRequest, gone.StatusCode);
        Assert.Equal("That date has just gone. Choose another date",
            JsonDocument.Parse(await gone.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("answers.collection")[0].GetString());
    }
}

public class BookedServiceTestsOnSqlite(SqliteApp app) : BookedServiceTests(app);
public class BookedServiceTestsOnPostgres(PostgresApp app) : BookedServiceTests(app);
