using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Complaints;
using FrontDoor.Features.Performance;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Complaints;

/// <summary>
/// A complaint about a request, from its tracking page through both stages, on a clock the test moves: each time limit of
/// the complaint handling codes, the extension, the customer's escalation, and the Ombudsman in the final response.
/// </summary>
public abstract partial class ComplaintTests(TestApp app)
{
    static readonly DateTimeOffset Monday2November = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [GeneratedRegex(@"https?://\S+(/complaints/\S+/escalate)")]
    private static partial Regex EscalationLink();

    static DateTimeOffset On(int day, int month = 11) => new(2026, month, day, 10, 0, 0, TimeSpan.Zero);

    async Task<Browser> OfficerAsync(WebApplicationFactory<Program> host)
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(TestSignIn.StaffHeader, officer.Id.ToString());
        return new Browser(client);
    }

    static async Task<ComplaintStage> StageAsync(WebApplicationFactory<Program> host, long caseId, int number)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FrontDoor.Data.FrontDoorDb>().ComplaintStages.AsNoTracking().SingleAsync(s => s.CaseId == caseId && s.Number == number);
    }

    static async Task<string> LastMessageAsync(WebApplicationFactory<Program> host, long caseId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<FrontDoor.Data.FrontDoorDb>().OutboxMessages.Where(m => m.CaseId == caseId).OrderBy(m => m.Id).Select(m => m.Body).LastAsync();
    }

    [Fact]
    public async Task Complaint_FromTheTrackingPage_ThroughBothStagesWithinTheCode()
    {
        var clock = new FakeTimeProvider(Monday2November);
        await using var host = app.WithClock(clock);
        var service = await TestData.ServiceAsync(app);
        Case request;
        await using (var scope = host.Services.CreateAsyncScope())
            request = (await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitAsync(new IntakeRequest(service, TestData.StreetProblemAnswers(),
                new LocationInput(Description: "By the school"), null, new ContactInput("Cam Complainant", Residents.NewEmail(), null), Channel.Web, "http://localhost"), default)).Case!;

        // From the request's own page.
        var resident = new Browser(host.CreateClient());
        var tracking = host.Services.GetRequiredService<Features.Tracking.TrackingLinks>().Url("http://localhost", request.Reference);
        var track = await resident.GetAsync(new Uri(tracking).PathAndQuery);
        await resident.GetAsync(track.QuerySelectorAll("a").Single(a => a.TextContent == "Make a complaint").GetAttribute("href")!);
        Assert.Contains($"About request {request.Reference}", resident.Page.QuerySelector("main")!.TextContent);
        await resident.SubmitAsync(new Dictionary<string, string> { ["kind"] = "complaint", ["details"] = "", ["putRight"] = "", ["fullName"] = "Cam Complainant", ["email"] = "", ["phone"] = "" });
        Assert.Equal(["Enter an email address or a phone number, so we can send you our response"], resident.ErrorSummary);
        var email = Residents.NewEmail();
        await resident.SubmitAsync(new Dictionary<string, string> { ["kind"] = "complaint", ["details"] = "", ["putRight"] = "", ["fullName"] = "Cam Complainant", ["email"] = email, ["phone"] = "" });
        Assert.Equal(["Enter your complaint"], resident.ErrorSummary);
        await resident.SubmitAsync(new Dictionary<string, string>
        {
            ["kind"] = "complaint", ["details"] = "The crew left the hole half filled.", ["putRight"] = "Finish the repair", ["fullName"] = "Cam Complainant", ["email"] = email, ["phone"] = "",
        });
        Assert.Equal(ComplaintLinks.Sent, resident.Path);
        var reference = Journey.Reference(resident.Page);
        Case complaint;
        await using (app.Scope(out var db))
            complaint = await db.Cases.AsNoTracking().SingleAsync(c => c.Reference == reference);
        Assert.Equal((CaseKind.Complaint, request.Id, service.Id), (complaint.Kind, complaint.RelatesToCaseId, complaint.ServiceId));
        Assert.Equal("9 November 2026", UkDates.Date((await StageAsync(host, complaint.Id, 1)).AcknowledgeBy));
        // Received as a complaint, not as a request: what happens next is the code's, not the service's.
        var received = await LastMessageAsync(host, complaint.Id);
        Assert.Contains("We will acknowledge your complaint by 9 November 2026, and send you our response within 10 working days of that.", received);

        // Acknowledged on the Tuesday: ten working days from then. Extended once, with its reason, by ten more.
        var officer = await OfficerAsync(host);
        clock.SetUtcNow(On(3));
        await officer.GetAsync(StaffLinks.HandleComplaint(reference));
        await officer.SubmitAsync(button: "Acknowledge the complaint");
        Assert.Equal("17 November 2026", UkDates.Date((await StageAsync(host, complaint.Id, 1)).RespondBy!.Value));
        Assert.Contains("We will send you our response by 17 November 2026", await LastMessageAsync(host, complaint.Id));
        await officer.GetAsync(StaffLinks.HandleComplaint(reference));
        await officer.SubmitAsync(new Dictionary<string, string> { ["reason"] = "" }, button: "Extend");
        Assert.Equal(["Enter why you need more time, to tell the customer"], officer.ErrorSummary);
        await officer.SubmitAsync(new Dictionary<string, string> { ["reason"] = "We are waiting for the contractor's report." }, button: "Extend");
        Assert.Equal("1 December 2026", UkDates.Date((await StageAsync(host, complaint.Id, 1)).ExtendedTo!.Value));

        // Answered after the ten days but within the extension; the answer tells the customer how to go to stage 2.
        clock.SetUtcNow(On(18));
        await officer.GetAsync(StaffLinks.HandleComplaint(reference));
        await officer.SubmitAsync(new Dictionary<string, string> { ["outcome"] = "PartlyUpheld", ["response"] = "The repair was not finished. It will be." }, button: "Send the response");
        var answer = await LastMessageAsync(host, complaint.Id);
        Assert.Contains("partly upheld", answer);
        var escalate = EscalationLink().Match(answer).Groups[1].Value;

        await resident.GetAsync(escalate);
        await resident.SubmitAsync(new Dictionary<string, string> { ["reason"] = "" });
        Assert.Equal(["Enter why you are not satisfied with our response"], resident.ErrorSummary);
        await resident.SubmitAsync(new Dictionary<string, string> { ["reason"] = "It is still not finished." });
        Assert.Contains("We will look at your complaint again", resident.Page.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Client.GetAsync(escalate)).StatusCode);
        var second = await StageAsync(host, complaint.Id, 2);
        Assert.Equal(("25 November 2026", "It is still not finished."), (UkDates.Date(second.AcknowledgeBy), second.EscalationReason));

        clock.SetUtcNow(On(19));
        await officer.GetAsync(StaffLinks.HandleComplaint(reference));
        await officer.SubmitAsync(button: "Acknowledge the complaint");
        Assert.Equal("17 December 2026", UkDates.Date((await StageAsync(host, complaint.Id, 2)).RespondBy!.Value));
        clock.SetUtcNow(On(2, 12));
        await officer.GetAsync(StaffLinks.HandleComplaint(reference));
        await officer.SubmitAsync(new Dictionary<string, string> { ["outcome"] = "Upheld", ["response"] = "We are sorry.", ["ombudsman"] = "Housing" }, button: "Send the response");
        Assert.Contains("Housing Ombudsman Service", await LastMessageAsync(host, complaint.Id));

        // The report counts both stages against the code; the request figures leave the complaint out.
        await using var reportScope = host.Services.CreateAsyncScope();
        var filter = new FigureFilter(Period.Month(new(2026, 11, 1)), ServiceId: service.Id);
        var tables = await reportScope.ServiceProvider.GetRequiredService<ComplaintFigures>().BuildAsync(filter, default);
        var stages = tables.Single(t => t.Key == "stages").Rows;
        Assert.Equal(["1", "100%", "1", "0%", "100%", "1", "0"], stages[0].Values.Select(v => v.Text));
        Assert.Equal(["1", "100%", "1", "100%", "0%", "0", "0"], stages[1].Values.Select(v => v.Text));
        var outcomes = tables.Single(t => t.Key == "outcomes").Rows;
        Assert.Equal([["0", "1", "0", "100%"], ["1", "0", "0", "100%"]], outcomes.Select(r => r.Values.Select(v => v.Text).ToArray()));
        await reportScope.ServiceProvider.GetRequiredService<FigureRollup>().RebuildAsync(null, default);
        var summary = (await reportScope.ServiceProvider.GetRequiredService<DashboardFigures>().GetAsync(filter, new DateOnly(2026, 12, 2), default)).View.Tables[0];
        Assert.Equal("1", summary.Rows.Single(r => r.Label == "Requests received").Values[0].Text);
    }

    [Fact]
    public async Task Compliment_AboutAService_NeedsNoWayToReply()
    {
        var service = await TestData.ServiceAsync(app);
        var resident = new Browser(app.CreateClient());
        await resident.GetAsync(ComplaintLinks.New);
        await resident.SubmitAsync(new Dictionary<string, string> { ["details"] = "" });
        Assert.Equal(["Select whether you want to make a complaint or pay a compliment", "Select the service it is about"], resident.ErrorSummary);
        await resident.SubmitAsync(new Dictionary<string, string> { ["kind"] = "compliment", ["service"] = service.Slug, ["details"] = "The crew were kind and quick.", ["fullName"] = "Jo Thankful", ["email"] = "" });
        Assert.Contains("Thank you for your compliment", resident.Page.QuerySelector("h1")!.TextContent);
        await using var scope = app.Scope(out var db);
        var compliment = await db.Cases.AsNoTracking().SingleAsync(c => c.Reference == Journey.Reference(resident.Page));
        Assert.Equal((CaseKind.Compliment, service.Id), (compliment.Kind, compliment.ServiceId));
        Assert.False(await db.ComplaintStages.AnyAsync(s => s.CaseId == compliment.Id));
    }

    [Fact]
    public async Task Complaint_TakenByAnAgentOnThePhone_LinkedWithItsChannelAndStage1Clock()
    {
        var request = await TestData.CaseAsync(app);
        var account = await StaffAccounts.CreateAsync(app, StaffRole.Agent, null);
        var agent = StaffAccounts.As(app, account);
        await agent.GetAsync(StaffLinks.Case(request.Reference));
        await agent.GetAsync(agent.Page.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Take a complaint about it").GetAttribute("href")!);
        Dictionary<string, string> form = new() { ["kind"] = "complaint", ["details"] = "The pothole is still there.", ["fullName"] = "Pat Caller", ["email"] = "", ["phone"] = "" };
        await agent.SubmitAsync(form);
        Assert.Equal(["Select how the customer contacted us", "Enter the customer's email address or phone number, so we can send them our response"], agent.ErrorSummary);
        (form["channel"], form["about"], form["phone"]) = ("Phone", "NOPE-NOPE", "01632 960 123");
        await agent.SubmitAsync(form);
        Assert.Equal(["Enter the reference of a request you can see, like 7KQ4-M2XP, or leave it empty"], agent.ErrorSummary);
        form["about"] = request.Reference.ToLowerInvariant();
        await agent.SubmitAsync(form);

        await using var scope = app.Scope(out var db);
        var complaint = await db.Cases.AsNoTracking().SingleAsync(c => c.RelatesToCaseId == request.Id);
        Assert.Equal(StaffLinks.Case(complaint.Reference), agent.Path);
        Assert.Equal((CaseKind.Complaint, Channel.Phone, request.ServiceId, account.Id), (complaint.Kind, complaint.Channel, complaint.ServiceId, complaint.RaisedByStaffId));
        Assert.True(await db.ComplaintStages.AnyAsync(s => s.CaseId == complaint.Id && s.Number == 1));
        Assert.Contains(await db.TimelineEvents.Where(t => t.CaseId == complaint.Id).Select(t => t.Text).ToListAsync(), t => t == "Complaint received by phone");
    }

    [Fact]
    public async Task Escalation_BeforeTheStage1ResponseOrTampered_NotFound()
    {
        var service = await TestData.ServiceAsync(app);
        var resident = new Browser(app.CreateClient());
        await resident.GetAsync(ComplaintLinks.New);
        await resident.SubmitAsync(new Dictionary<string, string> { ["kind"] = "complaint", ["service"] = service.Slug, ["details"] = "Nobody called back.", ["fullName"] = "Ali", ["email"] = Residents.NewEmail() });
        var reference = Journey.Reference(resident.Page);
        var links = app.Services.GetRequiredService<ComplaintLinks>();
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Client.GetAsync(links.Escalate(reference))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Client.GetAsync("/complaints/not-a-token/escalate")).StatusCode);
        // A link made for a request that is not a complaint leads nowhere either.
        var request = await TestData.CaseAsync(app, service);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.Client.GetAsync(links.Escalate(request.Reference))).StatusCode);
    }
}

public class ComplaintTestsOnSqlite(OwnSqliteApp app) : ComplaintTests(app), IClassFixture<OwnSqliteApp>;
public class ComplaintTestsOnPostgres(OwnPostgresApp app) : ComplaintTests(app), IClassFixture<OwnPostgresApp>;
