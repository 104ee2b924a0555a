using System.Net;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Cases;

/// <summary>What staff pages say and where they lead: each message true for the person reading it.</summary>
public abstract class StaffWordingTests(TestApp app)
{
    static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    [Fact]
    public async Task TeamLeader_MovesCaseToAnotherTeam_ToldOnTheirQueue()
    {
        var c = await TestData.CaseAsync(app);
        var leader = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.TeamLeader, "Highways"));
        await leader.GetAsync($"/staff/cases/{c.Reference}/assign");
        await leader.SubmitAsync(Fields(("team", "Street Lighting"), ("assignee", ""), ("priority", "normal")));

        Assert.Equal(HttpStatusCode.OK, leader.Status);
        Assert.Equal("/staff/queue", leader.Path);
        Assert.Contains($"Case {c.Reference} moved to the Street Lighting team", leader.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
    }

    [Fact]
    public async Task ErrorPages_InTheStaffWorkspace_KeepStaffNavigationAndSpeakToTheRole()
    {
        var c = await TestData.CaseAsync(app);
        var councillor = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Councillor, null));
        await councillor.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Equal(HttpStatusCode.Forbidden, councillor.Status);
        var main = councillor.Page.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("team leader", main);
        Assert.Contains("Councillors can see the enquiries they raised", main);
        var navigation = councillor.Page.QuerySelector("#navigation")!.TextContent;
        Assert.Contains("Sign out", navigation);
        Assert.Contains("Member enquiries", navigation);
        Assert.DoesNotContain("Track a request", navigation);

        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Waste Services"));
        await officer.GetAsync($"/staff/cases/{c.Reference}");
        Assert.Contains("ask your team leader", officer.Page.QuerySelector("main")!.TextContent);
        await officer.GetAsync("/staff/cases/ZZZZ-ZZZZ");
        Assert.Equal(HttpStatusCode.NotFound, officer.Status);
        Assert.Contains("Sign out", officer.Page.QuerySelector("#navigation")!.TextContent);
        Assert.Equal("/staff", officer.Page.QuerySelector("main a.govuk-link")!.GetAttribute("href"));

        // Residents' errors stay in the residents' words.
        var resident = new Browser(app.CreateClient());
        await resident.GetAsync("/no-such-page");
        Assert.Contains("Track a request", resident.Page.QuerySelector("#navigation")!.TextContent);
    }

    [Theory]
    [InlineData("/error/200")]
    [InlineData("/error/-1")]
    [InlineData("/error/99999")]
    public async Task ErrorPage_AskedForWithACodeThatIsNotAnError_IsNotFound(string path)
    {
        var response = await app.CreateClient().GetAsync(path);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WaitingForTheCustomer_NeedsTheMessageSayingWhatIsNeeded()
    {
        var c = await TestData.CaseAsync(app);
        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        await officer.GetAsync($"/staff/cases/{c.Reference}/status");
        await officer.SubmitAsync(Fields(("status", "OnHold"), ("message", " ")));
        Assert.Equal(["Enter what you need from the customer"], officer.ErrorSummary);
        await using (app.Scope(out var db))
            Assert.Equal(CaseStatus.Open, (await db.Cases.SingleAsync(x => x.Id == c.Id)).Status);

        await officer.SubmitAsync(Fields(("status", "OnHold"), ("message", "Which side of the road is it on?")));
        Assert.Equal($"/staff/cases/{c.Reference}", officer.Path);
        await using (app.Scope(out var db))
            Assert.Contains(await db.OutboxMessages.Where(m => m.CaseId == c.Id).Select(m => m.Body).ToListAsync(), b => b.Contains("Which side of the road is it on?"));
    }

    [Fact]
    public async Task PublicUpdate_WithAMistypedPlaceholder_IsRefusedBeforeSending()
    {
        var c = await TestData.CaseAsync(app);
        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        await officer.GetAsync($"/staff/cases/{c.Reference}/update");
        await officer.SubmitAsync(Fields(("message", "Your request {{refrence}} is with the crew")));
        Assert.Single(officer.ErrorSummary);
        Assert.StartsWith("The message has a placeholder we do not know, {{ refrence }}", officer.ErrorSummary[0]);

        await officer.GetAsync($"/staff/cases/{c.Reference}/status");
        await officer.SubmitAsync(Fields(("status", "Fixed"), ("message", "Done, {{ customer_nmae }}")));
        Assert.StartsWith("The message has a placeholder we do not know, {{ customer_nmae }}", officer.ErrorSummary.Single());

        await officer.GetAsync($"/staff/cases/{c.Reference}/update");
        await officer.SubmitAsync(Fields(("message", "Your request {{ reference }} is with the crew")));
        await using var scope = app.Scope(out var db);
        var updates = await db.OutboxMessages.Where(m => m.CaseId == c.Id).Select(m => m.Body).ToListAsync();
        Assert.DoesNotContain(updates, b => b.Contains("{{"));
        Assert.Contains(updates, b => b.Contains($"Your request {c.Reference} is with the crew"));
    }

    [Fact]
    public async Task CouncillorEnquiry_ShowsTheEnquiryStandardAndTheChannelTheConstituentUsed()
    {
        var service = await TestData.ServiceAsync(app, s => s.StandardDays = 10);
        var councillor = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Councillor, null));
        await councillor.GetAsync("/staff/enquiries/new");
        var fields = Fields(("service", service.Slug), ("enquiry", "The noise from the works on Mill Lane is back"), ("fullName", "Rita Resident"));
        await councillor.SubmitAsync(fields);
        Assert.Equal(["Select how the constituent contacted you"], councillor.ErrorSummary);
        fields["channel"] = "FaceToFace";
        await councillor.SubmitAsync(fields);

        var reference = councillor.Path.Split('/').Last();
        var main = councillor.Page.QuerySelector("main")!.TextContent;
        Assert.Contains("(5 working days standard)", main);
        Assert.DoesNotContain("10 working days standard", main);
        await using var scope = app.Scope(out var db);
        var c = await db.Cases.SingleAsync(x => x.Reference == reference);
        Assert.Equal(Channel.FaceToFace, c.Channel);
        Assert.Equal(Channel.FaceToFace, (await db.Contacts.SingleAsync(x => x.CaseId == c.Id)).Channel);
    }

    [Fact]
    public async Task StaffSignIn_EmailFieldAutocompletesAsAnEmail()
    {
        var browser = new Browser(app.CreateClient());
        await browser.GetAsync("/staff/sign-in");
        var email = browser.Page.QuerySelector("input[name=email]")!;
        Assert.Equal(("email", "email"), (email.GetAttribute("type"), email.GetAttribute("autocomplete")));
    }

    [Fact]
    public async Task Agent_RaisesForCallerWithoutEmail_StaffPagesAndWordsAndATextMessage()
    {
        var service = await TestData.ServiceAsync(app);
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services"));
        await agent.GetAsync("/staff/raise");
        await agent.SubmitAsync(Fields(("service", service.Slug), ("channel", "Phone")));
        Assert.Contains("Raising a request for a caller", agent.Page.QuerySelector(".app-assisting-banner")!.TextContent);
        Assert.Contains("Sign out", agent.Page.QuerySelector("#navigation")!.TextContent);
        await Journey.AnswerAllAsync(app, agent, service, "", fillContact: false);
        Assert.Equal("The customer's contact details", agent.Page.QuerySelector("h1")!.TextContent.Trim());
        var mobile = $"077009{Random.Shared.Next(10000, 99999)}";
        await agent.SubmitAsync(Fields(("fullName", "Tex Caller"), ("email", ""), ("phone", mobile)));
        Assert.Contains("The customer's contact details", agent.Page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Your contact details", agent.Page.QuerySelector("main")!.TextContent);
        await agent.SubmitAsync();

        var reference = Journey.Reference(agent.Page);
        var said = agent.Page.QuerySelector("#acknowledgement")!.TextContent;
        Assert.Contains("Read the reference out to the customer", said);
        Assert.Contains("by text message", said);
        Assert.DoesNotContain("email", said);
        Assert.Contains("Sign out", agent.Page.QuerySelector("#navigation")!.TextContent);
        await using (app.Scope(out var db))
        {
            var ack = await db.OutboxMessages.SingleAsync(m => m.Case!.Reference == reference);
            Assert.Equal((MessageKind.Sms, mobile), (ack.Kind, ack.Recipient));
        }

        // The caller tracks it with the reference and the number they gave.
        var caller = new Browser(app.CreateClient());
        await caller.GetAsync("/track");
        await caller.SubmitAsync(Fields(("reference", reference.ToLowerInvariant()), ("contact", "+44 " + mobile[1..])));
        Assert.Equal($"/track/{reference}", caller.Path);
        await caller.GetAsync("/track");
        await caller.SubmitAsync(Fields(("reference", reference), ("contact", "07700900000")));
        Assert.Equal(["We could not find a request with that reference number and email address or phone number. Check both and try again"], caller.ErrorSummary);
    }

    [Fact]
    public async Task Agent_CallerWithNoWayToWrite_ConfirmationSaysSo()
    {
        var service = await TestData.ServiceAsync(app);
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services"));
        await agent.GetAsync("/staff/raise");
        await agent.SubmitAsync(Fields(("service", service.Slug), ("channel", "FaceToFace")));
        await agent.GetAsync($"/services/{service.Slug}/questions/where_on_road");
        await agent.SubmitAsync(Fields(("answer", "road")));
        await agent.SubmitAsync(Fields(("answer", "deep")));
        await agent.GetAsync($"/services/{service.Slug}/location/describe");
        await agent.SubmitAsync(Fields(("description", "Outside the library")));
        await agent.GetAsync($"/services/{service.Slug}/questions/description");
        await agent.SubmitAsync(Fields(("answer", "A deep pothole")));
        await agent.GetAsync($"/services/{service.Slug}/contact");
        await agent.SubmitAsync(Fields(("fullName", "Nat Nocontact"), ("email", ""), ("phone", "")));
        await agent.SubmitAsync();
        var said = agent.Page.QuerySelector("#acknowledgement")!.TextContent;
        Assert.Contains("they gave no email address or mobile number, so we cannot send it to them", said);
    }

    [Fact]
    public async Task Resident_Confirmation_SaysTheEmailWasSent()
    {
        var service = await TestData.ServiceAsync(app);
        var browser = new Browser(app.CreateClient());
        await Journey.ToCheckAnswersAsync(app, browser, service, Residents.NewEmail());
        await browser.SubmitAsync();
        Assert.Contains("We have sent you a confirmation email", browser.Page.QuerySelector("#acknowledgement")!.TextContent);
        Assert.Null(browser.Page.QuerySelector(".app-assisting-banner"));
        Assert.Contains("Track a request", browser.Page.QuerySelector("#navigation")!.TextContent);
    }
}

public class StaffWordingTestsOnSqlite(SqliteApp app) : StaffWordingTests(app);
public class StaffWordingTestsOnPostgres(PostgresApp app) : StaffWordingTests(app);
