using System.Net;
using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Callbacks;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using static FrontDoor.Tests.Infrastructure.UkTimes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Callbacks;

/// <summary>
/// Call backs in the demo council's diary (weekdays 9am to 5pm, hourly windows of four calls, an hour's notice). Each
/// test has a week of its own, so their bookings never share a window.
/// </summary>
public abstract class CallbackTests(TestApp app)
{
    static Dictionary<string, string> Details(string window, string? email = null, string? reference = null) => new()
    {
        ["fullName"] = "Cal Back", ["phone"] = "07700 900 982", ["email"] = email ?? $"callback-{Guid.NewGuid():N}@example.com",
        ["about"] = "My bin was missed twice.", ["reference"] = reference ?? "", ["window"] = window,
    };

    static string Window(string local) => FrontDoor.Features.Slots.SlotTimes.Value(Uk(local));

    [Fact]
    public async Task Resident_BooksAWindow_GetsItConfirmedOnThePageAndByEmail()
    {
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2027-02-01 08:30"))); // a Monday
        var resident = new Browser(host.CreateClient());
        await resident.GetAsync(CallbackLinks.New);
        var offered = resident.Page.QuerySelectorAll("input[name=window]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(CallbackBooking.WindowsOffered, offered.Count);
        Assert.Equal(Window("2027-02-01 10:00"), offered[0]); // an hour's notice: not the 9am window
        Assert.Contains("Monday 1 February 2027, 10am to 11am", resident.Page.QuerySelector("main")!.TextContent);

        var email = $"callback-{Guid.NewGuid():N}@example.com";
        await resident.SubmitAsync(Details(offered[1]!, email));

        Assert.Equal(CallbackLinks.Booked, resident.Path);
        Assert.Contains("Monday 1 February 2027, 11am to 12pm", resident.Page.QuerySelector(".govuk-panel")!.TextContent);
        await using var scope = app.Scope(out var db);
        var booked = await db.Callbacks.Include(c => c.Customer).SingleAsync(c => c.Customer.EmailNormalised == email);
        Assert.Equal((CallbackState.Waiting, Uk("2027-02-01 11:00"), Channel.Web), (booked.State, booked.WindowStart, booked.Channel));
        var confirmation = await db.OutboxMessages.SingleAsync(m => m.Recipient == email);
        Assert.Equal("We will call you back: Monday 1 February 2027, 11am to 12pm", confirmation.Subject);
        Assert.Contains("07700 900 982", confirmation.Body);
        // The confirmation is shown once: the page cannot be reached again to read someone's booking.
        await resident.GetAsync(CallbackLinks.Booked);
        Assert.Equal(CallbackLinks.New, resident.Path);
    }

    [Fact]
    public async Task Resident_CancelsFromTheLinkInTheConfirmation_TheWindowHasRoomAgain()
    {
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2027-03-08 08:30")));
        var resident = new Browser(host.CreateClient());
        var email = $"callback-{Guid.NewGuid():N}@example.com";
        await resident.GetAsync(CallbackLinks.New);
        await resident.SubmitAsync(Details(Window("2027-03-09 14:00"), email));
        async Task<int> TakenAsync()
        {
            await using var scope = app.Scope(out var db);
            return await db.Slots.Where(s => s.Start == Uk("2027-03-09 14:00")).SumAsync(s => s.Taken);
        }
        Assert.Equal(1, await TakenAsync());
        string link;
        await using (app.Scope(out var db))
            link = System.Text.RegularExpressions.Regex.Match((await db.OutboxMessages.SingleAsync(m => m.Recipient == email)).Body, @"/callback/\d+/cancel\?token=\S+").Value;

        await resident.GetAsync(link);
        Assert.Equal("Cancel your call back", resident.Page.QuerySelector("h1")!.TextContent.Trim());
        await resident.SubmitAsync();
        Assert.Contains("Tuesday 9 March 2027, 2pm to 3pm", resident.Page.QuerySelector(".govuk-panel strong")!.TextContent);
        Assert.Equal(0, await TakenAsync());
        await using (app.Scope(out var db))
            Assert.Equal(CallbackState.Cancelled, (await db.Callbacks.SingleAsync(c => c.Customer.EmailNormalised == email)).State);
        await resident.GetAsync(link);
        Assert.Equal("This call back cannot be cancelled", resident.Page.QuerySelector("h1")!.TextContent.Trim());
        await resident.GetAsync(link.Split("token=")[0] + "token=forged");
        Assert.Equal(HttpStatusCode.NotFound, resident.Status);
    }

    [Fact]
    public async Task Resident_BadOrGoneWindows_GetAClearMessageAndNothingIsBooked()
    {
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2027-02-08 08:30")));
        var resident = new Browser(host.CreateClient());
        await using var scope = app.Scope(out var db);
        // This test's own week: other tests book call backs at the same time.
        var thisWeek = db.Callbacks.Where(c => c.WindowStart >= Uk("2027-02-08 00:00") && c.WindowStart < Uk("2027-02-15 00:00"));
        var before = await thisWeek.CountAsync();

        await resident.GetAsync(CallbackLinks.New);
        await resident.SubmitAsync(new Dictionary<string, string>());
        Assert.Equal(["Enter your full name", "Enter the telephone number we should call", "Enter what you want to talk to us about", "Select a time for us to call you"],
            resident.ErrorSummary);

        Assert.Equal(["That time has passed. Choose a later time"], (await Submit(resident, Details(Window("2027-02-08 08:00")))).ErrorSummary);
        Assert.Equal(["Choose one of the times shown"], (await Submit(resident, Details(Window("2027-02-08 10:30")))).ErrorSummary);
        Assert.Equal(["Choose one of the times shown"], (await Submit(resident, Details("tomorrow"))).ErrorSummary);
        Assert.Equal(["That time is too far ahead to book yet. Choose an earlier time"], (await Submit(resident, Details(Window("2027-03-01 10:00")))).ErrorSummary);
        var badPhone = Details(Window("2027-02-08 10:00"));
        badPhone["phone"] = "call me";
        Assert.Equal(["Enter a telephone number, like 01632 960 001 or 07700 900 982"], (await Submit(resident, badPhone)).ErrorSummary);

        // The window fills while the resident is choosing: they are told, and offered the times left.
        await Submit(resident, Details(Window("2027-02-08 10:00")));
        var filling = await thisWeek.OrderByDescending(c => c.Id).FirstAsync();
        await db.Slots.Where(s => s.Id == filling.SlotId).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Places));
        await resident.GetAsync(CallbackLinks.New);
        var gone = await Submit(resident, Details(Window("2027-02-08 10:00")));
        Assert.Equal(["That time has just gone. Choose another time"], gone.ErrorSummary);
        Assert.DoesNotContain(gone.Page.QuerySelectorAll("input[name=window]"), i => i.GetAttribute("value") == Window("2027-02-08 10:00"));
        Assert.Equal(before + 1, await thisWeek.CountAsync());
    }

    static async Task<Browser> Submit(Browser browser, Dictionary<string, string> fields)
    {
        await browser.SubmitAsync(fields);
        return browser;
    }

    [Fact]
    public async Task Agent_TriesThreeTimesWithoutAnAnswer_CustomerIsTold_MissedWindowShowsInTheQueue()
    {
        var clock = new FakeTimeProvider(Uk("2027-02-15 08:30"));
        await using var host = app.WithClock(clock);
        var (email, otherEmail) = ($"callback-{Guid.NewGuid():N}@example.com", $"callback-{Guid.NewGuid():N}@example.com");
        foreach (var who in new[] { email, otherEmail })
        {
            var resident = new Browser(host.CreateClient());
            await resident.GetAsync(CallbackLinks.New);
            await resident.SubmitAsync(Details(Window("2027-02-15 10:00"), who));
        }
        await using var scope = app.Scope(out var db);
        var callback = await db.Callbacks.SingleAsync(c => c.Customer.EmailNormalised == email);
        var agent = new Browser(host.CreateClient());
        agent.Client.DefaultRequestHeaders.Add(TestSignIn.StaffHeader, (await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services")).Id.ToString());

        clock.SetUtcNow(Uk("2027-02-15 10:05"));
        var queue = await agent.GetAsync(CallbackLinks.Queue);
        Assert.Contains("Due now", Row(queue, callback.Id));
        foreach (var attempt in new[] { 1, 2, 3 })
        {
            await agent.GetAsync(CallbackLinks.Callback(callback.Id));
            await agent.SubmitAsync(new Dictionary<string, string> { ["outcome"] = "no-answer" });
            Assert.Equal(CallbackLinks.Queue, agent.Path);
            if (attempt < 3) Assert.Contains("Try again from", Row(agent.Page, callback.Id));
            clock.Advance(TimeSpan.FromMinutes(31));
        }
        var missed = await db.Callbacks.AsNoTracking().SingleAsync(c => c.Id == callback.Id);
        Assert.Equal((CallbackState.NotReached, 3), (missed.State, missed.Attempts));
        Assert.Equal("We tried to call you back", (await db.OutboxMessages.OrderBy(m => m.Id).LastAsync(m => m.Recipient == email)).Subject);
        Assert.Empty(agent.Page.QuerySelectorAll($"a[href='{CallbackLinks.Callback(callback.Id)}']"));

        // The other, booked in the same window and not yet called, is shown to everyone, team leaders included, as missed.
        var leader = new Browser(host.CreateClient());
        leader.Client.DefaultRequestHeaders.Add(TestSignIn.StaffHeader, (await StaffAccounts.CreateAsync(app, StaffRole.TeamLeader, "Customer Services")).Id.ToString());
        var late = await db.Callbacks.SingleAsync(c => c.Customer.EmailNormalised == otherEmail);
        var page = await leader.GetAsync(CallbackLinks.Queue);
        Assert.Contains("Missed window", Row(page, late.Id));
        Assert.Contains("missed the window the customer chose", page.QuerySelector(".govuk-warning-text")!.TextContent);
    }

    static string Row(AngleSharp.Dom.IDocument page, long id) =>
        page.QuerySelectorAll("#callbacks tbody tr").Single(r => r.QuerySelector($"a[href='{CallbackLinks.Callback(id)}']") is not null).TextContent;

    [Fact]
    public async Task Agent_BooksForACallerAboutTheirRequest_ThenReachesThem_TheContactIsOnTheRequest()
    {
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2027-02-22 08:30")));
        var c = await TestData.CaseAsync(app, channel: Channel.Phone);
        var agentAccount = await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services");
        var agent = new Browser(host.CreateClient());
        agent.Client.DefaultRequestHeaders.Add(TestSignIn.StaffHeader, agentAccount.Id.ToString());

        await agent.GetAsync(CallbackLinks.BookFor(c.CustomerId!.Value));
        Assert.Null(agent.Page.QuerySelector("input[name=fullName]"));
        var details = Details(Window("2027-02-22 14:00"), reference: c.Reference);
        details.Remove("fullName");
        await agent.SubmitAsync(details);
        Assert.Equal(CallbackLinks.Queue, agent.Path);
        Assert.Contains("Call back booked for Monday 22 February 2027, 2pm to 3pm", agent.Page.QuerySelector(".govuk-notification-banner")!.TextContent);

        await using var scope = app.Scope(out var db);
        var callback = await db.Callbacks.SingleAsync(x => x.CaseId == c.Id);
        Assert.Equal((c.CustomerId!.Value, Channel.Phone, (long?)agentAccount.Id), (callback.CustomerId, callback.Channel, callback.BookedByStaffId));
        await agent.GetAsync(CallbackLinks.Callback(callback.Id));
        await agent.SubmitAsync(new Dictionary<string, string> { ["outcome"] = "reached" });
        Assert.Equal(["Enter what you talked about"], agent.ErrorSummary);
        await agent.SubmitAsync(new Dictionary<string, string> { ["outcome"] = "reached", ["note"] = "Told them the crew is booked for Thursday.", ["resolved"] = "true" });

        var done = await db.Callbacks.AsNoTracking().SingleAsync(x => x.Id == callback.Id);
        Assert.Equal((CallbackState.Completed, true), (done.State, done.ResolvedOnCall));
        var contact = await db.Contacts.OrderBy(k => k.Id).LastAsync(k => k.CaseId == c.Id);
        Assert.Equal((Channel.Phone, ContactPurpose.ProgressChasing, agentAccount.Id), (contact.Channel, contact.Purpose, contact.StaffId));
        Assert.Contains("Told them the crew is booked for Thursday.", (await db.TimelineEvents.OrderBy(t => t.Id).LastAsync(t => t.CaseId == c.Id)).Text);
    }

    [Fact]
    public async Task Resident_GivesSomeoneElsesReference_ItIsNotLinked()
    {
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2027-03-01 08:30")));
        var someoneElses = await TestData.CaseAsync(app);
        var resident = new Browser(host.CreateClient());
        await resident.GetAsync(CallbackLinks.New);
        var email = $"callback-{Guid.NewGuid():N}@example.com";
        await resident.SubmitAsync(Details(Window("2027-03-01 15:00"), email, someoneElses.Reference));

        await using var scope = app.Scope(out var db);
        var booked = await db.Callbacks.SingleAsync(c => c.Customer.EmailNormalised == email);
        Assert.Null(booked.CaseId);
        Assert.Equal($"My bin was missed twice. (reference given: {someoneElses.Reference})", booked.About);
    }

    [Fact]
    public async Task StaffPages_OfficersAndResidentsRefused()
    {
        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Client.GetAsync(CallbackLinks.Queue)).StatusCode);
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(CallbackLinks.Queue)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(CallbackLinks.Callback(1))).StatusCode);
    }
}

public class CallbackTestsOnSqlite(SqliteApp app) : CallbackTests(app);
public class CallbackTestsOnPostgres(PostgresApp app) : CallbackTests(app);
