using System.Net;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Customers;

public abstract class CustomerRecordTests(TestApp app)
{
    /// <summary>Letters only, since names keep only letters.</summary>
    static string Unique() => new([.. Guid.NewGuid().ToString("N")[..8].Select(ch => (char)('a' + Convert.ToInt32(ch.ToString(), 16)))]);

    Task<Customer> AccountHolderAsync(string name, string email) => TestData.CustomerAsync(app, email, name, account: true);

    async Task<MatchResult> MatchAsync(CustomerDetails details)
    {
        await using var scope = app.Scope(out _);
        return await scope.ServiceProvider.GetRequiredService<CustomerMatching>().FindAsync(details, null, default);
    }

    [Fact]
    public async Task Matching_VerifiedEmailAndFittingName_ClearMatch()
    {
        var email = Residents.NewEmail();
        var holder = await AccountHolderAsync($"Jordan Clearmatch{Unique()}", email);
        var found = await MatchAsync(new(holder.FullName.ToUpperInvariant(), email, null, null, null));
        Assert.Equal(holder.Id, found.Match?.Id);
    }

    [Fact]
    public async Task Matching_UnverifiedEmailOrSimilarNameInPostcode_ListedNotMerged()
    {
        var surname = $"Doubleday{Unique()}";
        var email = Residents.NewEmail();
        var first = await TestData.CaseAsync(app, email: email);
        var property = await TestData.PropertyAsync(app);
        await using (app.Scope(out var db))
            await db.Customers.Where(c => c.Id == first.CustomerId).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.FullName, $"Samantha {surname}").SetProperty(c => c.NameKey, $"samantha {surname.ToLowerInvariant()}")
                .SetProperty(c => c.SurnameCode, CustomerNames.Soundex(surname.ToLowerInvariant())).SetProperty(c => c.Initial, "s")
                .SetProperty(c => c.PostcodeKey, property.PostcodeKey));

        // The same email, given again without proof: only possibly the same person.
        var byEmail = await MatchAsync(new($"Samantha {surname}", email, null, null, null));
        Assert.Null(byEmail.Match);
        Assert.Contains("Same email address (not verified)", Assert.Single(byEmail.Possible).Evidence);
        // An initial and a typo in the same postcode: possibly the same person.
        var bySimilarName = await MatchAsync(new($"S {surname[..^1]}", null, null, null, property.PostcodeKey));
        Assert.Null(bySimilarName.Match);
        Assert.Contains("Same postcode", Assert.Single(bySimilarName.Possible).Evidence);
        // Someone else entirely: no match, nothing listed.
        var other = await MatchAsync(new($"Quentin Nobody{Unique()}", Residents.NewEmail(), null, null, property.PostcodeKey));
        Assert.Null(other.Match);
        Assert.Empty(other.Possible);
    }

    [Fact]
    public async Task Intake_UncertainMatch_NewRecordAndDuplicateListedWithEvidence()
    {
        var email = Residents.NewEmail();
        var first = await TestData.CaseAsync(app, email: email);
        var second = await TestData.CaseAsync(app, email: email);
        Assert.NotEqual(first.CustomerId, second.CustomerId);
        await using var scope = app.Scope(out var db);
        var pair = await db.PossibleDuplicates.SingleAsync(d => d.FirstId == first.CustomerId && d.SecondId == second.CustomerId);
        Assert.Contains("Same name", pair.Evidence);
        Assert.Contains("Same email address (not verified)", pair.Evidence);
    }

    [Fact]
    public async Task Merge_ThenUndo_CasesMoveAndMoveBackAudited()
    {
        var email = Residents.NewEmail();
        var first = await TestData.CaseAsync(app, email: email);
        var second = await TestData.CaseAsync(app, email: email);
        long pairId;
        await using (app.Scope(out var db))
            pairId = await db.PossibleDuplicates.Where(d => d.FirstId == first.CustomerId && d.SecondId == second.CustomerId).Select(d => d.Id).SingleAsync();

        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        await officer.GetAsync($"/staff/customers/duplicates/{pairId}");
        Assert.Equal(HttpStatusCode.Forbidden, officer.Status);

        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, null));
        await agent.GetAsync("/staff/customers/duplicates");
        Assert.Contains($"/staff/customers/duplicates/{pairId}", agent.Page.QuerySelector("#duplicates")!.InnerHtml);
        await agent.GetAsync($"/staff/customers/duplicates/{pairId}");
        await agent.SubmitAsync(button: "Merge records");
        Assert.Equal(["Select which record to keep"], agent.ErrorSummary);
        await agent.SubmitAsync(new Dictionary<string, string> { ["keep"] = first.CustomerId.ToString()! }, button: "Merge records");
        Assert.Equal($"/staff/customers/{first.CustomerId}", agent.Path);
        var page = agent.Page.QuerySelector("#cases")!.TextContent;
        Assert.Contains(first.Reference, page);
        Assert.Contains(second.Reference, page);
        await using (app.Scope(out var db))
        {
            Assert.Equal(first.CustomerId, (await db.Cases.SingleAsync(c => c.Id == second.Id)).CustomerId);
            Assert.Equal(first.CustomerId, (await db.Customers.SingleAsync(c => c.Id == second.CustomerId)).MergedIntoId);
            Assert.Contains(await db.AuditEntries.Where(a => a.CustomerId == second.CustomerId).Select(a => a.Action).ToListAsync(), a => a == "Merged customer records");
        }

        await agent.SubmitAsync(button: "Undo merge");
        Assert.Contains("The merge has been undone", agent.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        Assert.DoesNotContain(second.Reference, agent.Page.QuerySelector("#cases")!.TextContent);
        await using (app.Scope(out var db))
        {
            Assert.Equal(second.CustomerId, (await db.Cases.SingleAsync(c => c.Id == second.Id)).CustomerId);
            Assert.Null((await db.Customers.SingleAsync(c => c.Id == second.CustomerId)).MergedIntoId);
            Assert.Equal(DuplicateStatus.Open, (await db.PossibleDuplicates.SingleAsync(d => d.Id == pairId)).Status);
            Assert.Contains(await db.AuditEntries.Where(a => a.CustomerId == second.CustomerId).Select(a => a.Action).ToListAsync(), a => a == "Undid customer merge");
        }

        await agent.GetAsync($"/staff/customers/duplicates/{pairId}");
        // A browser sends the pressed button's name and value.
        await agent.SubmitAsync(button: "They are different people", extra: [("decision", "different")]);
        await using (app.Scope(out var db))
            Assert.Equal(DuplicateStatus.NotDuplicates, (await db.PossibleDuplicates.SingleAsync(d => d.Id == pairId)).Status);
    }

    [Fact]
    public async Task Search_MisspeltNameInitialEmailPhonePostcodeReference_FindsTheCustomer()
    {
        var surname = $"Featherstonehaugh";
        var forename = $"Zebedee{Unique()}";
        var email = Residents.NewEmail();
        var c = await TestData.CaseAsync(app, email: email);
        var property = await TestData.PropertyAsync(app);
        var phone = $"0161 496 {Random.Shared.Next(1000, 9999)}";
        await using (app.Scope(out var db))
        {
            var customer = await db.Customers.Include(x => x.ContactPoints).SingleAsync(x => x.Id == c.CustomerId);
            customer.FullName = $"{forename} {surname}";
            CustomerNames.Apply(customer);
            (customer.Phone, customer.PhoneKey, customer.Uprn, customer.PostcodeKey) = (phone, Customer.NormalisePhone(phone), property.Uprn, property.PostcodeKey);
            customer.ContactPoints.Add(new() { Kind = ContactPointKind.Phone, Key = Customer.NormalisePhone(phone)!, Value = phone });
            await db.SaveChangesAsync();
        }
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, null));
        async Task<string> Search(string q) => (await agent.GetAsync($"/staff/customers?q={Uri.EscapeDataString(q)}")).QuerySelector("main")!.TextContent;

        Assert.Contains(forename, await Search($"{forename} Fetherstonhaugh"));
        Assert.Contains(forename, await Search("Z Featherstonhaw"));
        Assert.Contains(forename, await Search(email.ToUpperInvariant()));
        Assert.Contains(forename, await Search(phone.Replace(" ", "")));
        Assert.Contains(forename, await Search(property.Postcode.ToLowerInvariant()));
        Assert.Contains(forename, await Search(c.Reference));
        Assert.DoesNotContain(forename, await Search("Q Featherstonehaugh"));
        await Search("x");
        Assert.Single(agent.ErrorSummary);
        await using (app.Scope(out var db))
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Action.StartsWith("Searched customers")));
    }

    [Fact]
    public async Task CustomerPage_ShowsEverythingAndRestrictedAlertOnlyToItsRoles()
    {
        var email = Residents.NewEmail();
        var c = await TestData.CaseAsync(app, email: email, channel: Channel.Phone);
        var leader = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.TeamLeader, "Highways"));
        await leader.GetAsync($"/staff/customers/{c.CustomerId}/alerts/new");
        await leader.SubmitAsync(new Dictionary<string, string> { ["text"] = "" });
        Assert.Equal(["Enter the alert", "Select who can read the alert"], leader.ErrorSummary.Order().ToList());
        await leader.SubmitAsync(new Dictionary<string, string> { ["text"] = "Dog on the premises: do not visit alone" }, extra: [("visibleTo", "TeamLeader"), ("visibleTo", "Officer")]);
        Assert.Equal($"/staff/customers/{c.CustomerId}", leader.Path);
        var main = leader.Page.QuerySelector("main")!.TextContent;
        Assert.Contains("Dog on the premises", main);
        Assert.Contains(c.Reference, leader.Page.QuerySelector("#cases")!.TextContent);
        Assert.Contains(email, leader.Page.QuerySelector("#contact-points")!.TextContent);
        Assert.Contains("Phone, new request", leader.Page.QuerySelector("#contacts")!.TextContent);
        Assert.Contains("Email, \"We have received your request", leader.Page.QuerySelector("#notifications")!.TextContent);
        Assert.Contains(c.Ward!, leader.Page.QuerySelector("#properties")!.TextContent);

        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, null));
        await agent.GetAsync($"/staff/customers/{c.CustomerId}");
        Assert.DoesNotContain("Dog on the premises", agent.Page.QuerySelector("main")!.TextContent);
        Assert.Contains("This customer has a restricted alert", agent.Page.QuerySelector("[data-alert]")!.TextContent);
        await agent.GetAsync($"/staff/customers/{c.CustomerId}/alerts/new");
        Assert.Equal(HttpStatusCode.Forbidden, agent.Status);
        await using var scope = app.Scope(out var db);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.CustomerId == c.CustomerId && a.Action == "Viewed customer record"));
    }
}

public class CustomerRecordTestsOnSqlite(SqliteApp app) : CustomerRecordTests(app);
public class CustomerRecordTestsOnPostgres(PostgresApp app) : CustomerRecordTests(app);
