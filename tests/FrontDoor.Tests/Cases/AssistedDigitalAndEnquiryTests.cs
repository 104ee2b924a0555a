using FrontDoor.Features.Events;
using System.Net;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Cases;

public abstract class AssistedDigitalAndEnquiryTests(TestApp app)
{
    async Task<Case> RaiseForCallerAsync(Browser agent, string channel, bool resolvedAtFirstContact)
    {
        var service = await TestData.ServiceAsync(app);
        await agent.GetAsync("/staff/raise");
        await agent.SubmitAsync(new Dictionary<string, string> { ["service"] = service.Slug, ["channel"] = channel });
        var email = $"caller-{Guid.NewGuid():N}@example.com";
        await Journey.AnswerAllAsync(app, agent, service, email, "Carol Caller");
        Assert.NotNull(agent.Page.QuerySelector("input[name=resolvedAtFirstContact]"));
        await agent.SubmitAsync(resolvedAtFirstContact ? new Dictionary<string, string> { ["resolvedAtFirstContact"] = "true" } : null);
        Assert.Equal($"/services/{service.Slug}/confirmation", agent.Path);
        Assert.NotNull(agent.Page.QuerySelector($"a[href='/staff/cases/{Journey.Reference(agent.Page)}']"));
        await using var scope = app.Scope(out var db);
        return await db.Cases.Include(c => c.Customer).SingleAsync(c => c.Reference == Journey.Reference(agent.Page));
    }

    [Fact]
    public async Task Agent_RaisesForPhoneCaller_SameFormAndIntakeWithChannelAndAgentRecorded()
    {
        var agentAccount = await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services");
        var agent = StaffAccounts.As(app, agentAccount);
        var c = await RaiseForCallerAsync(agent, "Phone", resolvedAtFirstContact: false);

        Assert.Equal(Channel.Phone, c.Channel);
        Assert.Equal(CaseStatus.Open, c.Status);
        Assert.Equal("Carol Caller", c.Customer!.FullName);
        Assert.Equal(agentAccount.Id, c.RaisedByStaffId);
        await using var scope = app.Scope(out var db);
        var contact = await db.Contacts.SingleAsync(x => x.CaseId == c.Id);
        Assert.Equal((Channel.Phone, ContactPurpose.NewRequest, agentAccount.Id), (contact.Channel, contact.Purpose, contact.StaffId!.Value));
    }

    [Fact]
    public async Task Agent_CallerWithoutEmailButNeedingAnInterpreter_RaisedAndNeedsShownToStaff()
    {
        var service = await TestData.ServiceAsync(app);
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services"));
        await agent.GetAsync("/staff/raise");
        await agent.SubmitAsync(new Dictionary<string, string> { ["service"] = service.Slug, ["channel"] = "Phone" });
        await Journey.AnswerAllAsync(app, agent, service, "", fillContact: false);
        await agent.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "Piotr Caller", ["email"] = "", ["phone"] = "07700 900 982" },
            extra: [("needs", "interpreter")]);
        Assert.Equal(["Enter the language you need an interpreter for"], agent.ErrorSummary);
        await agent.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "Piotr Caller", ["email"] = "", ["phone"] = "07700 900 982", ["interpreterLanguage"] = "Polish" },
            extra: [("needs", "interpreter"), ("needs", "large-print")]);
        Assert.Equal($"/services/{service.Slug}/check", agent.Path);
        await agent.SubmitAsync();
        var reference = Journey.Reference(agent.Page);

        await agent.GetAsync($"/staff/cases/{reference}");
        var main = agent.Page.QuerySelector("main")!.TextContent;
        Assert.Contains("An interpreter for Polish; Letters in large print", main);
        await using var scope = app.Scope(out var db);
        var customer = (await db.Cases.Include(c => c.Customer).SingleAsync(c => c.Reference == reference)).Customer!;
        Assert.Null(customer.Email);
        Assert.Equal(("interpreter,large-print", "Polish"), (customer.AssistanceNeeds, customer.InterpreterLanguage));
    }

    [Fact]
    public async Task Staff_ChangeCustomersNeeds_SavedOnTheCustomerAndAudited()
    {
        var c = await TestData.CaseAsync(app);
        var officerAccount = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var officer = StaffAccounts.As(app, officerAccount);
        await officer.GetAsync($"/staff/cases/{c.Reference}/customer-needs");
        await officer.SubmitAsync(null, extra: [("needs", "bsl"), ("needs", "made-up")]);
        Assert.Equal(["Select the help you need from the list"], officer.ErrorSummary);
        await officer.SubmitAsync(null, extra: [("needs", "bsl")]);
        Assert.Contains("A British Sign Language (BSL) interpreter", officer.Page.QuerySelector("main")!.TextContent);
        await using var scope = app.Scope(out var db);
        Assert.Equal("bsl", (await db.Customers.SingleAsync(x => x.Id == c.CustomerId)).AssistanceNeeds);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.CaseId == c.Id && a.StaffId == officerAccount.Id && a.Action == "Changed customer's assistance needs"));
        // A change through the workflow: the case's version moves on and connected systems hear of it.
        var saved = await db.Cases.SingleAsync(x => x.Id == c.Id);
        Assert.Equal(c.Version + 1, saved.Version);
        Assert.Contains(await db.OutboxEvents.Where(e => e.Type == EventTypes.CaseUpdated).OrderByDescending(e => e.Id).Take(50).Select(e => e.PayloadJson).ToListAsync(),
            p => p.Contains(c.Reference));
    }

    [Fact]
    public async Task Agent_ResolvedAtFirstContact_CaseClosedStraightAway()
    {
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services"));
        var c = await RaiseForCallerAsync(agent, "FaceToFace", resolvedAtFirstContact: true);
        Assert.Equal(Channel.FaceToFace, c.Channel);
        Assert.True(c.ResolvedAtFirstContact);
        Assert.NotNull(c.ResolvedAt);
        Assert.Equal(CaseStatus.Fixed, c.Status);
    }

    [Fact]
    public async Task AssistedDraft_AfterSigningOut_CannotBeSent()
    {
        var service = await TestData.ServiceAsync(app);
        // Signing out is the point: a real session, not the tests' scheme.
        var agent = await StaffAccounts.SignInAsync(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services"));
        await agent.GetAsync("/staff/raise");
        await agent.SubmitAsync(new Dictionary<string, string> { ["service"] = service.Slug, ["channel"] = "Phone" });
        await Journey.AnswerAllAsync(app, agent, service, $"caller-{Guid.NewGuid():N}@example.com");
        await agent.Client.PostAsync("/staff/sign-out", new FormUrlEncodedContent([new("__RequestVerificationToken", agent.AntiforgeryToken)]));
        await agent.GetAsync($"/services/{service.Slug}/check");
        await agent.SubmitAsync();
        Assert.Equal(HttpStatusCode.Forbidden, agent.Status);
    }

    [Fact]
    public async Task Raise_NothingChosen_ErrorPerField()
    {
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services"));
        await agent.GetAsync("/staff/raise");
        await agent.SubmitAsync(new Dictionary<string, string> { ["service"] = "" });
        Assert.Equal(["Choose the service the customer needs", "Choose how the customer contacted us"], agent.ErrorSummary);
    }

    [Fact]
    public async Task Councillor_RaisesEnquiry_OwnStandardVisibleToThemAndNotToOtherCouncillors()
    {
        var service = await TestData.ServiceAsync(app);
        var councillorAccount = await StaffAccounts.CreateAsync(app, StaffRole.Councillor, null);
        var councillor = StaffAccounts.As(app, councillorAccount);
        await councillor.GetAsync("/staff/enquiries/new");
        await councillor.SubmitAsync(new Dictionary<string, string> { ["service"] = service.Slug, ["channel"] = "Email" });
        Assert.Equal(["Enter the enquiry", "Enter your full name"], councillor.ErrorSummary);

        await councillor.SubmitAsync(new Dictionary<string, string>
        {
            ["service"] = service.Slug, ["channel"] = "Email", ["enquiry"] = "A resident says the pothole on Mill Lane keeps coming back",
            ["fullName"] = "Rita Resident", ["email"] = $"rita-{Guid.NewGuid():N}@example.com", ["location"] = "Mill Lane by the school",
        });
        var reference = councillor.Path.Split('/').Last();
        Assert.Contains("A resident says the pothole", councillor.Page.QuerySelector("main")!.TextContent);

        await using (var scope = app.Scope(out var db))
        {
            var c = await db.Cases.Include(x => x.Team).SingleAsync(x => x.Reference == reference);
            var days = scope.ServiceProvider.GetRequiredService<WorkingDays>();
            Assert.Equal(CaseKind.CouncillorEnquiry, c.Kind);
            Assert.Equal(councillorAccount.Name, c.OnBehalfOf);
            Assert.Equal("Highways", c.Team.Name);
            Assert.Equal(days.DueBy(c.CreatedAt, 5, null), c.DueAt);
        }
        await councillor.GetAsync("/staff/enquiries");
        Assert.Contains(reference, councillor.Page.QuerySelector("#enquiries")!.TextContent);

        var other = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Councillor, null));
        await other.GetAsync($"/staff/cases/{reference}");
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
        await other.GetAsync("/staff/enquiries");
        Assert.DoesNotContain(reference, other.Page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Agent_RecordsMpEnquiry_NeedsTheMpsName()
    {
        var service = await TestData.ServiceAsync(app, team: "Waste Services");
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services"));
        await agent.GetAsync("/staff/enquiries/new");
        var fields = new Dictionary<string, string> { ["service"] = service.Slug, ["channel"] = "Letter", ["enquiry"] = "Constituent's bin missed three weeks running", ["fullName"] = "Mo Constituent" };
        await agent.SubmitAsync(fields);
        Assert.Equal(["Enter the name of the MP"], agent.ErrorSummary);
        fields["mpName"] = "Jo Member MP";
        await agent.SubmitAsync(fields);
        await using var scope = app.Scope(out var db);
        var c = await db.Cases.Include(x => x.Team).SingleAsync(x => x.Reference == agent.Path.Split('/').Last());
        Assert.Equal((CaseKind.MpEnquiry, "Jo Member MP", "Waste Services", Channel.Letter), (c.Kind, c.OnBehalfOf, c.Team.Name, c.Channel));
    }
}

public class AssistedDigitalAndEnquiryTestsOnSqlite(SqliteApp app) : AssistedDigitalAndEnquiryTests(app);
public class AssistedDigitalAndEnquiryTestsOnPostgres(PostgresApp app) : AssistedDigitalAndEnquiryTests(app);
