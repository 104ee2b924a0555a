using System.Net;
using FrontDoor.Features.Appointments;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Slots;
using FrontDoor.Features.Staff;
using FrontDoor.Features.SupportTasks;
using FrontDoor.Tests.Infrastructure;
using static FrontDoor.Tests.Infrastructure.UkTimes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Appointments;

/// <summary>Booking, matching, changing and cancelling appointments, on a clock that reads Monday 1 March 2027, 8am.</summary>
public abstract class AppointmentTests(TestApp app)
{
    static FakeTimeProvider Monday() => new(Uk("2027-03-01 08:00"));

    static string Step(AppointmentSetup s, string query) => $"{AppointmentLinks.Start}?type={s.Type.Slug}&{query}";

    static async Task<string> LinkAsync(WebApplicationFactory<Program> host, Func<AppointmentLinks, string> link)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return link(scope.ServiceProvider.GetRequiredService<AppointmentLinks>());
    }

    static Browser StaffBrowser(WebApplicationFactory<Program> host, StaffAccount account)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(TestSignIn.StaffHeader, account.Id.ToString());
        return new Browser(client);
    }

    [Fact]
    public async Task Resident_BooksStepByStepWithAPolishInterpreterNeed_GetsThePolishSpeakerAConfirmationAndACalendarFile()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        await using var host = app.WithClock(Monday());
        var resident = new Browser(host.CreateClient());

        await resident.GetAsync(AppointmentLinks.Start);
        Assert.Contains(s.Type.Slug, resident.Page.QuerySelectorAll("input[name=type]").Select(i => i.GetAttribute("value")));
        await resident.GetAsync(Step(s, "answered=Mode"));
        Assert.Equal(["Select how you would like to have the appointment"], resident.ErrorSummary);
        // One office: the place question is not asked. Days from today (two hours' notice), weekdays only.
        await resident.GetAsync(Step(s, "mode=in-person"));
        var days = resident.Page.QuerySelectorAll("input[name=day]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(["2027-03-01", "2027-03-02", "2027-03-03", "2027-03-04", "2027-03-05", "2027-03-08"], days.Take(6));
        await resident.GetAsync(Step(s, "mode=in-person&day=2027-03-06&answered=Day"));
        Assert.Equal(["There are no times left on that day. Select another day"], resident.ErrorSummary);
        await resident.GetAsync(Step(s, "mode=in-person&day=2027-03-01"));
        Assert.Equal("10am to 10:30am", resident.Page.QuerySelector("label[for=start]")!.TextContent.Trim());

        await resident.GetAsync(Step(s, $"mode=in-person&day=2027-03-02&start={SlotTimes.Value(Uk("2027-03-02 10:00"))}&answered=Time"));
        Assert.Equal(AppointmentLinks.Details, resident.Path);
        await resident.SubmitAsync(new Dictionary<string, string> { ["next"] = "check" });
        Assert.Equal(["Enter your full name", "Enter an email address or a telephone number, so we can confirm the appointment", "Enter what the appointment is about"],
            resident.ErrorSummary);
        var email = Residents.NewEmail();
        await resident.SubmitAsync(new Dictionary<string, string>
        {
            ["fullName"] = "Ola Kowalska", ["email"] = email, ["about"] = "We have been asked to leave our flat.", ["needs"] = "interpreter",
            ["interpreterLanguage"] = "Polish", ["next"] = "check",
        });
        Assert.Equal("Check your answers", resident.Page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("An interpreter for Polish", resident.Page.QuerySelector("main")!.TextContent);
        await resident.SubmitAsync(null, "Book the appointment", [("next", "confirm")]);

        Assert.Contains("Appointment booked", resident.Page.QuerySelector(".govuk-panel")!.TextContent);
        await using var scope = app.Scope(out var db);
        var booked = await db.Appointments.SingleAsync(a => a.Email == email);
        Assert.Equal($"/appointments/{booked.Reference}", resident.Path);
        // The officer who speaks Polish, though the other comes first: no interpreter to book.
        Assert.Equal((s.PolishDiary, Uk("2027-03-02 10:00"), Uk("2027-03-02 10:30"), "interpreter", "Polish"),
            (booked.DiaryId, booked.Start, booked.End, booked.Needs, booked.InterpreterLanguage));
        Assert.False(await db.SupportTasks.AnyAsync(t => t.AppointmentId == booked.Id));
        var confirmation = await db.OutboxMessages.SingleAsync(m => m.Recipient == email);
        Assert.Equal("Your appointment: Tuesday 2 March 2027, 10am to 10:30am", confirmation.Subject);
        Assert.Contains($"/appointments/{booked.Reference}?token=", confirmation.Body);

        var calendarLink = resident.Page.QuerySelector("a[download]")!.GetAttribute("href")!;
        var ics = await resident.Client.GetAsync(calendarLink);
        Assert.Equal("text/calendar", ics.Content.Headers.ContentType!.MediaType);
        var text = await ics.Content.ReadAsStringAsync();
        Assert.Contains("DTSTART:20270302T100000Z", text);
        Assert.Contains($"UID:appointment-{booked.Reference}@frontdoor", text);
        Assert.Contains("BEGIN:VALARM", text);

        // Without the link we sent, or with another appointment's, there is nothing to see.
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Client.GetAsync($"/appointments/{booked.Reference}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Client.GetAsync($"/appointments/{booked.Reference}?token=forged")).StatusCode);
        var other = (await AppointmentSetup.BookAsync(host, s.InPerson, Uk("2027-03-02 11:00"), AppointmentSetup.Input())).Appointment!;
        var othersToken = (await LinkAsync(host, l => l.Manage(other.Reference))).Split("token=")[1];
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Client.GetAsync($"/appointments/{booked.Reference}?token={othersToken}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Client.GetAsync($"/appointments/{booked.Reference}/cancel?token={othersToken}")).StatusCode);
    }

    [Fact]
    public async Task Needs_NoOfficerSignsOrSpeaksFrench_InterpreterTasksDueTwoWorkingDaysBefore()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        await using var host = app.WithClock(Monday());
        var result = await AppointmentSetup.BookAsync(host, s.InPerson, Uk("2027-03-10 10:00"), AppointmentSetup.Input(needs: ["bsl", "interpreter"], language: "French"));

        await using var scope = app.Scope(out var db);
        var booked = result.Appointment!;
        Assert.Equal(s.FirstDiary, booked.DiaryId);
        var tasks = await db.SupportTasks.Include(t => t.Team).Where(t => t.AppointmentId == booked.Id).OrderBy(t => t.Kind).ToListAsync();
        Assert.Equal([(SupportKind.BslInterpreter, null), (SupportKind.SpokenInterpreter, "French")], tasks.Select(t => (t.Kind, t.Language)));
        Assert.All(tasks, t =>
        {
            Assert.Equal("Language and accessibility services", t.Team.Name);
            Assert.Equal((SupportTaskState.Open, Uk("2027-03-10 10:00"), Uk("2027-03-08 17:00")), (t.State, t.NeededBy, t.DueAt));
        });
    }

    [Fact]
    public async Task LastPlace_ThreePeopleAtOnceForTwoOfficers_TwoBookedAndOneToldTheTimeHasGone()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        await using var host = app.WithClock(Monday());
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            AppointmentSetup.BookAsync(host, s.InPerson, Uk("2027-03-03 09:00"), AppointmentSetup.Input())));

        Assert.Equal(2, results.Count(r => r.Appointment is not null));
        Assert.Equal(("start", "That time has just gone. Choose another time"), Assert.Single(results.SelectMany(r => r.Errors)));
        await using var scope = app.Scope(out var db);
        Assert.Equal([s.FirstDiary, s.PolishDiary], await db.Appointments.Where(a => a.AppointmentTypeId == s.Type.Id).Select(a => a.DiaryId).OrderBy(d => d).ToListAsync());
        Assert.All(await db.Slots.Where(x => x.DiaryId == s.FirstDiary || x.DiaryId == s.PolishDiary).ToListAsync(), slot => Assert.Equal(1, slot.Taken));
    }

    [Fact]
    public async Task ChangeThenCancel_FromTheSignedLink_FreeTheirPlacesAndMoveTheSupportWithThem()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        await using var host = app.WithClock(Monday());
        var email = Residents.NewEmail();
        var booked = (await AppointmentSetup.BookAsync(host, s.InPerson, Uk("2027-03-11 09:00"), AppointmentSetup.Input(email, ["bsl"]))).Appointment!;
        var resident = new Browser(host.CreateClient());

        await resident.GetAsync(await LinkAsync(host, l => l.Change(booked.Reference)));
        Assert.Contains("2027-03-12", resident.Page.QuerySelectorAll("input[name=day]").Select(i => i.GetAttribute("value")));
        await resident.GetAsync(await LinkAsync(host, l => l.Change(booked.Reference)) + "&day=2027-03-12&answered=true");
        await resident.SubmitAsync(new Dictionary<string, string> { ["start"] = SlotTimes.Value(Uk("2027-03-12 09:30")) });
        Assert.Equal($"/appointments/{booked.Reference}", resident.Path);
        Assert.Contains("Your appointment has moved to Friday 12 March 2027, 9:30am to 10am", resident.Page.QuerySelector(".govuk-notification-banner")!.TextContent);

        await using (app.Scope(out var db))
        {
            var moved = await db.Appointments.SingleAsync(a => a.Id == booked.Id);
            Assert.Equal(Uk("2027-03-12 09:30"), moved.Start);
            Assert.Equal(0, await db.Slots.Where(x => x.Id == booked.SlotId).Select(x => x.Taken).SingleAsync());
            Assert.Equal(1, await db.Slots.Where(x => x.Id == moved.SlotId).Select(x => x.Taken).SingleAsync());
            var support = await db.SupportTasks.Where(t => t.AppointmentId == booked.Id).OrderBy(t => t.Id).Select(t => new { t.State, t.NeededBy }).ToListAsync();
            Assert.Equal([(SupportTaskState.Cancelled, Uk("2027-03-11 09:00")), (SupportTaskState.Open, Uk("2027-03-12 09:30"))], support.Select(t => (t.State, t.NeededBy)));
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Recipient == email && m.Subject == "Your appointment has changed: Friday 12 March 2027, 9:30am to 10am"));
        }

        await resident.GetAsync(await LinkAsync(host, l => l.Cancel(booked.Reference)));
        await resident.SubmitAsync();
        Assert.Contains("Your appointment is cancelled", resident.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        await using (app.Scope(out var db))
        {
            var cancelled = await db.Appointments.SingleAsync(a => a.Id == booked.Id);
            Assert.Equal(AppointmentState.Cancelled, cancelled.State);
            Assert.Equal(0, await db.Slots.Where(x => x.Id == cancelled.SlotId).Select(x => x.Taken).SingleAsync());
            Assert.All(await db.SupportTasks.Where(t => t.AppointmentId == booked.Id).ToListAsync(), t => Assert.Equal(SupportTaskState.Cancelled, t.State));
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Recipient == email && m.Subject == "Your appointment is cancelled"));
        }
        // The time is free again for both officers, and a cancelled appointment cannot be changed.
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var free = await scope.ServiceProvider.GetRequiredService<AppointmentBooking>().FreeAsync(s.InPerson, new(2027, 3, 12), new(2027, 3, 12), default);
            Assert.Equal(2, free.Single(x => x.Start == Uk("2027-03-12 09:30")).Free);
        }
        await resident.GetAsync(await LinkAsync(host, l => l.Change(booked.Reference)));
        Assert.Equal($"/appointments/{booked.Reference}", resident.Path);
    }

    [Fact]
    public async Task Reminders_DayBeforeAndMorning_SentOnceEachByThePreferredWayEvenFromTwoNodes()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        var clock = Monday();
        await using var node1 = app.WithClock(clock);
        await using var node2 = app.WithClock(clock);
        var email = Residents.NewEmail();
        var byEmail = (await AppointmentSetup.BookAsync(node1, s.InPerson, Uk("2027-03-16 11:00"), AppointmentSetup.Input(email))).Appointment!;
        var texter = await TestData.CustomerAsync(app);
        await using (app.Scope(out var db))
        {
            var c = await db.Customers.SingleAsync(x => x.Id == texter.Id);
            c.ContactBy = FrontDoor.Features.Customers.ContactMethod.Sms;
            await db.SaveChangesAsync();
        }
        var mobile = $"07700 9{Random.Shared.Next(10000, 99999)}";
        var byText = (await AppointmentSetup.BookAsync(node1, s.InPerson, Uk("2027-03-16 11:00"),
            AppointmentSetup.Input(phone: mobile) with { CustomerId = texter.Id, Email = null })).Appointment!;
        await using var later = app.WithClock(new FakeTimeProvider(Uk("2027-03-15 12:00")));
        var late = (await AppointmentSetup.BookAsync(later, s.InPerson, Uk("2027-03-16 11:30"), AppointmentSetup.Input(Residents.NewEmail()))).Appointment!;

        async Task RunBothAsync() => await Task.WhenAll(Run(node1), Run(node2));
        static Task<int> Run(WebApplicationFactory<Program> node) => node.Services.GetRequiredService<AppointmentReminders>().RunOnceAsync(default);
        async Task<List<string>> SubjectsAsync(string recipient)
        {
            await using var scope = app.Scope(out var db);
            return await db.OutboxMessages.Where(m => m.Recipient == recipient).OrderBy(m => m.Id).Select(m => m.Subject).ToListAsync();
        }

        clock.SetUtcNow(Uk("2027-03-15 09:59"));
        await RunBothAsync();
        Assert.Equal(["Your appointment: Tuesday 16 March 2027, 11am to 11:30am"], await SubjectsAsync(email));
        clock.SetUtcNow(Uk("2027-03-15 10:00"));
        await RunBothAsync();
        await RunBothAsync();
        Assert.Equal(["Your appointment: Tuesday 16 March 2027, 11am to 11:30am", "Reminder: your appointment tomorrow"], await SubjectsAsync(email));
        Assert.Equal(["Appointment booked", "Appointment reminder"], await SubjectsAsync(mobile));

        clock.SetUtcNow(Uk("2027-03-16 07:30"));
        await RunBothAsync();
        await RunBothAsync();
        Assert.Equal(["Your appointment: Tuesday 16 March 2027, 11am to 11:30am", "Reminder: your appointment tomorrow", "Reminder: your appointment today"], await SubjectsAsync(email));
        Assert.Equal(["Appointment booked", "Appointment reminder", "Appointment reminder"], await SubjectsAsync(mobile));
        await using (app.Scope(out var db))
        {
            // Booked after the day-before reminders went: its confirmation did that job; the morning one still comes.
            var lateOne = await db.Appointments.SingleAsync(a => a.Id == late.Id);
            Assert.Equal((null, Uk("2027-03-16 07:30")), (lateOne.DayBeforeReminderAt, lateOne.MorningReminderAt));
            Assert.Contains("Reminder: your appointment today", await db.OutboxMessages.Where(m => m.Recipient == late.Email).Select(m => m.Subject).ToListAsync());
            Assert.DoesNotContain("Reminder: your appointment tomorrow", await db.OutboxMessages.Where(m => m.Recipient == late.Email).Select(m => m.Subject).ToListAsync());
        }
        Assert.NotEqual(byEmail.Id, byText.Id);
    }

    [Fact]
    public async Task Officer_ChecksInAndRecordsTheOutcome_OnTheLinkedCaseAsAContactNotChasing()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        var clock = Monday();
        await using var host = app.WithClock(clock);
        var email = Residents.NewEmail();
        var c = await TestData.CaseAsync(app, email: email, fullName: "Ola Kowalska");
        var booked = (await AppointmentSetup.BookAsync(host, s.InPerson, Uk("2027-03-02 10:00"),
            AppointmentSetup.Input(email) with { Reference = c.Reference, CustomerId = c.CustomerId })).Appointment!;
        Assert.Equal(c.Id, booked.CaseId);

        var officer = StaffBrowser(host, s.First);
        await officer.GetAsync(AppointmentLinks.Day(new(2027, 3, 2)));
        Assert.Contains("Ola Kowalska", officer.Page.QuerySelector("#appointments")!.TextContent);
        await officer.SubmitAsync(button: "Arrived");
        Assert.Contains("Ola Kowalska has arrived", officer.Page.QuerySelector(".govuk-notification-banner")!.TextContent);

        await officer.GetAsync(AppointmentLinks.Appointment(booked.Id));
        await officer.SubmitAsync(new Dictionary<string, string> { ["outcome"] = "resolved", ["next"] = "outcome" });
        Assert.Equal(["You cannot record an appointment as attended before it begins"], officer.ErrorSummary);
        await officer.SubmitAsync(new Dictionary<string, string> { ["outcome"] = "did-not-attend", ["next"] = "outcome" });
        Assert.Equal(["The customer was checked in, so they did attend"], officer.ErrorSummary);
        clock.SetUtcNow(Uk("2027-03-02 10:35"));
        await officer.GetAsync(AppointmentLinks.Appointment(booked.Id));
        await officer.SubmitAsync(new Dictionary<string, string> { ["outcome"] = "resolved", ["note"] = "Agreed a payment plan with the landlord.", ["next"] = "outcome" });
        Assert.Equal("/staff/appointments", officer.Path);

        await using var scope = app.Scope(out var db);
        var done = await db.Appointments.SingleAsync(a => a.Id == booked.Id);
        Assert.Equal((AppointmentState.Resolved, "Agreed a payment plan with the landlord."), (done.State, done.OutcomeNote));
        var contact = await db.Contacts.SingleAsync(x => x.CaseId == c.Id && x.Channel == Channel.FaceToFace);
        Assert.Equal(ContactPurpose.Enquiry, contact.Purpose);
        Assert.Contains("attended, resolved: Agreed a payment plan", contact.Summary);
        Assert.True(await db.TimelineEvents.AnyAsync(t => t.CaseId == c.Id && t.Type == TimelineEventType.Contact && t.Text.Contains("payment plan")));
    }

    [Fact]
    public async Task Staff_AnotherTeamsOfficerRefused_DayListShowsOnlyTheirOwnTeam()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        await using var host = app.WithClock(Monday());
        var booked = (await AppointmentSetup.BookAsync(host, s.InPerson, Uk("2027-03-04 10:00"), AppointmentSetup.Input())).Appointment!;
        var waste = StaffBrowser(host, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Waste Services"));
        await waste.GetAsync(AppointmentLinks.Appointment(booked.Id));
        Assert.Equal(HttpStatusCode.Forbidden, waste.Status);
        await waste.GetAsync(AppointmentLinks.Day(new(2027, 3, 4)));
        Assert.Null(waste.Page.QuerySelector("#appointments"));
        var token = waste.AntiforgeryToken;
        await waste.SubmitRawAsync(AppointmentLinks.DayList, token, ("id", booked.Id.ToString()), ("version", booked.Version.ToString()));
        Assert.Equal(HttpStatusCode.Forbidden, waste.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await waste.Client.GetAsync(SupportTaskLinks.List)).StatusCode);

        var agent = StaffBrowser(host, await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services"));
        await agent.GetAsync(AppointmentLinks.Day(new(2027, 3, 4), officer: s.First.Id));
        Assert.Contains(booked.Reference is not null ? "Ola Kowalska" : "", agent.Page.QuerySelector("#appointments")!.TextContent);
    }

    [Fact]
    public async Task Agent_BooksForACallerTheyFound_WithTheirRecordedNeedsAndTheCallAsTheChannel()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        await using var host = app.WithClock(Monday());
        var caller = await TestData.CustomerAsync(app, fullName: "Ola Kowalska");
        await using (app.Scope(out var db))
        {
            var record = await db.Customers.SingleAsync(c => c.Id == caller.Id);
            FrontDoor.Features.Customers.AssistanceNeeds.Apply(record, ["interpreter"], "Polish");
            await db.SaveChangesAsync();
        }
        var agentAccount = await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services");
        var agent = StaffBrowser(host, agentAccount);
        await agent.GetAsync(AppointmentLinks.BookFor(caller.Id));
        Assert.Contains("Booking for Ola Kowalska", agent.Page.QuerySelector("main")!.TextContent);
        await agent.GetAsync($"{AppointmentLinks.StaffStart}?customer={caller.Id}&type={s.Type.Slug}&mode=in-person&day=2027-03-03&start={SlotTimes.Value(Uk("2027-03-03 11:00"))}&answered=Time");
        Assert.Equal(AppointmentLinks.StaffDetails, agent.Path);
        // Their name is known, their email is on the form to confirm, and so are the needs they told us before.
        Assert.Null(agent.Page.QuerySelector("input[name=fullName]"));
        Assert.Equal(caller.Email, agent.Page.QuerySelector("input[name=email]")!.GetAttribute("value"));
        Assert.NotNull(agent.Page.QuerySelector("input[name=needs][value=interpreter][checked]"));
        await agent.SubmitAsync(new Dictionary<string, string>
        {
            ["email"] = caller.Email!, ["about"] = "Rent arrears", ["needs"] = "interpreter", ["interpreterLanguage"] = "Polish", ["next"] = "check",
        });
        Assert.Equal("Check your answers", agent.Page.QuerySelector("h1")!.TextContent.Trim());
        await agent.SubmitAsync(null, "Book the appointment", [("next", "confirm")]);

        await using var scope = app.Scope(out var db2);
        var booked = await db2.Appointments.SingleAsync(a => a.CustomerId == caller.Id);
        Assert.Equal(AppointmentLinks.Appointment(booked.Id), agent.Path);
        Assert.Contains($"Read the reference {booked.Reference} to the caller", agent.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.Equal((Channel.Phone, (long?)agentAccount.Id, s.PolishDiary), (booked.Channel, booked.BookedByStaffId, booked.DiaryId));
        Assert.True(await db2.AuditEntries.AnyAsync(e => e.CustomerId == caller.Id && e.Action == "Booked an appointment for a customer"));
    }

    [Fact]
    public async Task MyAccount_ListsTheirComingAppointments_WithTheLinkToChangeOrCancel()
    {
        var s = await AppointmentSetup.CreateAsync(app);
        await using var host = app.WithClock(Monday());
        var customer = await TestData.CustomerAsync(app, account: true);
        var mine = (await AppointmentSetup.BookAsync(host, s.InPerson, Uk("2027-03-09 09:00"), AppointmentSetup.Input() with { CustomerId = customer.Id })).Appointment!;
        var someoneElses = (await AppointmentSetup.BookAsync(host, s.InPerson, Uk("2027-03-09 09:30"), AppointmentSetup.Input())).Appointment!;

        var resident = Residents.As(app, customer);
        await resident.GetAsync("/account");
        var list = resident.Page.QuerySelector("#appointments")!;
        Assert.Contains("Tuesday 9 March 2027, 9am to 9:30am, in person", list.TextContent);
        Assert.DoesNotContain("9:30am to 10am", list.TextContent);
        await resident.GetAsync(list.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal($"/appointments/{mine.Reference}", resident.Path);
        Assert.NotEqual(mine.Reference, someoneElses.Reference);
    }

    [Fact]
    public async Task BadChoices_PastGoneOrMadeUp_SendTheResidentBackToChoose()
    {
        var s = await AppointmentSetup.CreateAsync(app, AppointmentModes.Phone);
        await using var host = app.WithClock(Monday());
        var resident = new Browser(host.CreateClient());
        await resident.GetAsync($"{AppointmentLinks.Details}?type=nonsense&start=2027-03-02T10:00Z");
        Assert.Equal(AppointmentLinks.Start, resident.Path);
        await resident.GetAsync($"{AppointmentLinks.Details}?type={s.Type.Slug}&start=9999-12-31T23:59Z");
        Assert.Equal(AppointmentLinks.Start, resident.Path);
        // Only by phone: the how question is not asked, and the time in the past is not offered.
        await resident.GetAsync($"{AppointmentLinks.Details}?type={s.Type.Slug}&start={SlotTimes.Value(Uk("2027-03-01 07:00"))}");
        Assert.Equal(AppointmentLinks.Start, resident.Path);
        Assert.NotNull(resident.Page.QuerySelector("input[name=start]"));

        await resident.GetAsync($"{AppointmentLinks.Details}?type={s.Type.Slug}&start={SlotTimes.Value(Uk("2027-03-05 10:00"))}");
        await resident.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "Ola Kowalska", ["email"] = "ola@example.com", ["about"] = "Rent arrears", ["next"] = "check" });
        Assert.Equal(["Enter the telephone number we should call"], resident.ErrorSummary);
        // The time goes while they type: they are told, and keep what they typed.
        foreach (var _ in s.Officers)
            Assert.NotNull((await AppointmentSetup.BookAsync(host, new(s.Type, AppointmentModes.Phone, null), Uk("2027-03-05 10:00"), AppointmentSetup.Input(phone: "07700 900 000"))).Appointment);
        await resident.SubmitAsync(new Dictionary<string, string>
            { ["fullName"] = "Ola Kowalska", ["email"] = "ola@example.com", ["phone"] = "07700 900 123", ["about"] = "Rent arrears", ["next"] = "confirm" });
        Assert.Equal(["That time has just gone. Choose another time"], resident.ErrorSummary);
        Assert.Equal("Rent arrears", resident.Page.QuerySelector("textarea[name=about]")!.TextContent.Trim());
    }
}

public class AppointmentTestsOnSqlite(SqliteApp app) : AppointmentTests(app);
public class AppointmentTestsOnPostgres(PostgresApp app) : AppointmentTests(app);
