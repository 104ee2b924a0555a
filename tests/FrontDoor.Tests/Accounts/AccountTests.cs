using FrontDoor.Features.Events;
using System.Net;
using AngleSharp.Dom;
using System.Text.Json;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Notifications;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Accounts;

public abstract class AccountTests(TestApp app)
{
    static Dictionary<string, string> Field(string name, string value) => new() { [name] = value };

    /// <summary>Every account route; none takes an identifier from which another resident's data could be reached except those tried below.</summary>
    static readonly (string Pattern, string Method, string Url)[] Routes =
    [
        ("account", "GET", "/account"),
        ("account/requests/{reference}", "GET", "/account/requests/ABCD-EFGH"),
        ("account/email", "GET", "/account/email"),
        ("account/email", "POST", "/account/email"),
        ("account/phone", "GET", "/account/phone"),
        ("account/phone", "POST", "/account/phone"),
        ("account/verify", "GET", "/account/verify?id=00000000000000000000000000000000"),
        ("account/verify", "POST", "/account/verify?id=00000000000000000000000000000000"),
        ("account/address", "GET", "/account/address"),
        ("account/address", "POST", "/account/address"),
        ("account/preferences", "GET", "/account/preferences"),
        ("account/preferences", "POST", "/account/preferences"),
        ("account/sign-out", "GET", "/account/sign-out"),
        ("account/sign-out", "POST", "/account/sign-out"),
    ];
    static readonly string[] WaysIn = ["account/sign-in", "account/sign-in/code", "account/create"];

    [Fact]
    public void Routes_CoverEveryAccountPage()
    {
        var patterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/')).Where(p => p.StartsWith("account")).Distinct().Order().ToList();
        Assert.Equal(Routes.Select(r => r.Pattern).Concat(WaysIn).Distinct().Order().ToList(), patterns);
    }

    [Fact]
    public async Task EveryAccountRoute_NotSignedIn_SentToSignIn()
    {
        var browser = new Browser(app.CreateClient());
        foreach (var (pattern, method, url) in Routes.Where(r => r.Pattern != "account/sign-out"))
        {
            await browser.GetAsync("/account/sign-in");
            if (method == "GET") await browser.GetAsync(url);
            else await browser.SubmitRawAsync(url, browser.AntiforgeryToken, ("email", "x@example.com"), ("phone", "07700900982"), ("uprn", "1"));
            Assert.True(browser.Path == "/account/sign-in", $"{method} {pattern} reached {browser.Path}");
        }
        await browser.GetAsync("/account/create");
        Assert.Equal("/account/sign-in", browser.Path);
    }

    [Fact]
    public async Task OtherResidentsData_ByChangingTheUrl_NotFound()
    {
        var aliceEmail = Residents.NewEmail();
        var alice = Residents.As(app, await TestData.CustomerAsync(app, aliceEmail, "Pat Pothole", account: true));
        var aliceCase = await TestData.CaseAsync(app, email: aliceEmail);
        await alice.GetAsync("/account/phone");
        await alice.SubmitAsync(Field("phone", "07700 900 123"));
        Assert.Equal("/account/verify", alice.Path);
        var aliceCodeUrl = alice.LastResponse!.RequestMessage!.RequestUri!.PathAndQuery;
        await alice.GetAsync($"/account/requests/{aliceCase.Reference}");
        Assert.Equal(HttpStatusCode.OK, alice.Status);

        var bob = Residents.As(app, await TestData.CustomerAsync(app, fullName: "Bob Other", account: true));
        await bob.GetAsync($"/account/requests/{aliceCase.Reference}");
        Assert.Equal(HttpStatusCode.NotFound, bob.Status);
        await bob.GetAsync(aliceCodeUrl);
        Assert.Equal(HttpStatusCode.NotFound, bob.Status);
        await bob.GetAsync("/account");
        await bob.SubmitRawAsync(aliceCodeUrl, bob.AntiforgeryToken, ("code", await Residents.LatestCodeAsync(app, "07700 900 123")));
        Assert.Equal(HttpStatusCode.NotFound, bob.Status);
        await bob.GetAsync("/account");
        Assert.DoesNotContain(aliceCase.Reference, bob.Page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("07700 900 123", bob.Page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Report_WhileSignedIn_DetailsFilledFromTheAccountAndRequestInIt()
    {
        var service = await TestData.ServiceAsync(app);
        var email = Residents.NewEmail();
        var browser = Residents.As(app, await TestData.CustomerAsync(app, email, "Morgan Signedin", account: true));
        await Journey.StartAsync(browser, service);
        await Journey.AnswerAllAsync(app, browser, service, email, fillContact: false);
        Assert.Equal("Morgan Signedin", browser.Page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#fullName")!.Value);
        Assert.Equal(email, browser.Page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#email")!.Value);
        await browser.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "Morgan Signedin", ["email"] = email });
        await browser.SubmitAsync();
        var reference = Journey.Reference(browser.Page);
        await browser.GetAsync("/account");
        Assert.Contains(reference, browser.Page.QuerySelector("#requests")!.TextContent);
    }

    [Fact]
    public async Task Report_SignedInAfterReportingSignedOut_NewRequestIsTheirsAndNoDuplicate()
    {
        var service = await TestData.ServiceAsync(app);
        var email = Residents.NewEmail();
        var earlier = await TestData.CaseAsync(app, email: email);
        var browser = await Residents.SignInAsync(app, email, "Pat Pothole");
        long accountId;
        await using (app.Scope(out var db))
            accountId = (await db.Customers.SingleAsync(c => c.Id == earlier.CustomerId)).MergedIntoId!.Value;

        await Journey.StartAsync(browser, service);
        await Journey.AnswerAllAsync(app, browser, service, email, "Pat Pothole");
        await browser.SubmitAsync();
        var reference = Journey.Reference(browser.Page);

        await browser.GetAsync($"/account/requests/{reference}");
        Assert.Equal(HttpStatusCode.OK, browser.Status);
        await browser.GetAsync("/account");
        Assert.Contains(reference, browser.Page.QuerySelector("#requests")!.TextContent);
        Assert.Contains(earlier.Reference, browser.Page.QuerySelector("#requests")!.TextContent);
        await using (app.Scope(out var db))
        {
            Assert.Equal(accountId, (await db.Cases.SingleAsync(c => c.Reference == reference)).CustomerId);
            Assert.Equal(1, await db.Customers.CountAsync(c => c.EmailNormalised == email && c.MergedIntoId == null));
            Assert.False(await db.PossibleDuplicates.AnyAsync(d => d.FirstId == accountId || d.SecondId == accountId));
        }

        // Staff see the address once, at its strongest, though the merge brought an unverified copy.
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, Features.Staff.StaffRole.Agent, "Customer Services"));
        await agent.GetAsync($"/staff/customers/{accountId}");
        var points = agent.Page.QuerySelectorAll("#contact-points li").Select(li => li.TextContent).Where(t => t.Contains(email)).ToList();
        Assert.Contains("(verified)", Assert.Single(points));
    }

    [Fact]
    public async Task Matching_AfterAMerge_TheVerifiedCopyOfAnEmailMakesTheMatch()
    {
        var email = Residents.NewEmail();
        var earlier = await TestData.CaseAsync(app, email: email);
        await Residents.SignInAsync(app, email, "Pat Pothole");

        // Signed out this time: the verified address with the same name is a clear match, whatever order the points are in.
        var again = await TestData.CaseAsync(app, email: email);

        await using var scope = app.Scope(out var db);
        var account = await db.Customers.SingleAsync(c => c.Id == earlier.CustomerId);
        Assert.Equal(account.MergedIntoId, again.CustomerId);
    }

    [Fact]
    public async Task ChangeAddress_TellUsOnce_RecordOpenCasesAndEvent()
    {
        var email = Residents.NewEmail();
        var browser = Residents.As(app, await TestData.CustomerAsync(app, email, "Pat Pothole", account: true));
        var open = await TestData.CaseAsync(app, email: email);
        var property = await TestData.PropertyAsync(app);

        await browser.GetAsync("/account/address?query=ZZ9");
        Assert.Contains("We could not find that address", browser.ErrorSummary.Single());
        await browser.GetAsync($"/account/address?query={Uri.EscapeDataString(property.Postcode)}");
        await browser.SubmitAsync(button: "Save address");
        Assert.Equal(["Select your address"], browser.ErrorSummary);
        await browser.SubmitAsync(button: "Save address", fields: Field("uprn", property.Uprn.ToString()));
        Assert.Equal("/account", browser.Path);
        Assert.Contains(property.SingleLine, browser.Page.QuerySelector("main")!.TextContent);

        await using var scope = app.Scope(out var db);
        var customer = await db.Customers.SingleAsync(c => c.Id == open.CustomerId);
        Assert.Equal(property.Uprn, customer.Uprn);
        Assert.Contains(await db.TimelineEvents.Where(t => t.CaseId == open.Id).ToListAsync(),
            t => t.Type == TimelineEventType.InternalNote && t.Text.Contains("updated their address"));
        // The note is a change to the case: its version moves on and connected systems hear of it.
        Assert.Equal(open.Version + 1, (await db.Cases.SingleAsync(c => c.Id == open.Id)).Version);
        Assert.Contains(await db.OutboxEvents.Where(e => e.Type == EventTypes.CaseUpdated).OrderByDescending(e => e.Id).Take(50).Select(e => e.PayloadJson).ToListAsync(),
            p => p.Contains(open.Reference));
        var events = await db.OutboxEvents.Where(e => e.Type == TellUsOnce.EventType).OrderByDescending(e => e.Id).Take(50).ToListAsync();
        var payload = events.Select(e => JsonDocument.Parse(e.PayloadJson).RootElement)
            .First(p => p.GetProperty("customer").GetProperty("id").GetInt64() == customer.Id);
        Assert.Equal("address", payload.GetProperty("changed")[0].GetString());
        Assert.Equal(property.Uprn, payload.GetProperty("customer").GetProperty("uprn").GetInt64());
    }

    [Fact]
    public async Task ChangeEmail_AppliedOnlyAfterTheCodeFromTheNewAddress()
    {
        var email = Residents.NewEmail();
        var browser = Residents.As(app, await TestData.CustomerAsync(app, email, account: true));
        var newEmail = Residents.NewEmail();
        await browser.GetAsync("/account/email");
        await browser.SubmitAsync(Field("email", newEmail));
        Assert.Equal("/account/verify", browser.Path);
        await using (app.Scope(out var db))
            Assert.Equal(email, (await db.Customers.SingleAsync(c => c.EmailNormalised == email)).Email);

        await browser.SubmitAsync(Field("code", "12345x"));
        Assert.Single(browser.ErrorSummary);
        await browser.SubmitAsync(Field("code", await Residents.LatestCodeAsync(app, newEmail)));
        Assert.Equal("/account", browser.Path);
        Assert.Contains("Your email address has been changed", browser.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        await using (app.Scope(out var db))
        {
            var customer = await db.Customers.Include(c => c.ContactPoints).SingleAsync(c => c.EmailNormalised == newEmail);
            Assert.True(customer.IsVerified(ContactPointKind.Email, newEmail));
            Assert.Contains(await db.OutboxEvents.OrderByDescending(e => e.Id).Take(20).Select(e => e.PayloadJson).ToListAsync(), p => p.Contains(newEmail));
        }
        // The new address signs in to the same account.
        var again = await Residents.SignInAsync(app, newEmail);
        Assert.Contains(newEmail, again.Page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Preferences_SmsLetterAndFormat_HonouredByNotifications()
    {
        var email = Residents.NewEmail();
        var browser = Residents.As(app, await TestData.CustomerAsync(app, email, "Pat Pothole", account: true));
        await browser.GetAsync("/account/preferences");
        await browser.SubmitAsync(new Dictionary<string, string> { ["contactBy"] = "Sms", ["paperless"] = "no" });
        Assert.Equal(["Add and check a mobile number before choosing text message"], browser.ErrorSummary);

        var mobile = $"07700 9{Random.Shared.Next(10000, 99999)}";
        await browser.GetAsync("/account/phone");
        await browser.SubmitAsync(Field("phone", mobile));
        await browser.SubmitAsync(Field("code", await Residents.LatestCodeAsync(app, mobile)));
        await browser.GetAsync("/account/preferences");
        await browser.SubmitAsync(new Dictionary<string, string> { ["contactBy"] = "Sms", ["paperless"] = "no", ["language"] = "Polish" });
        Assert.Equal("/account", browser.Path);
        var texted = await TestData.CaseAsync(app, email: email);
        await using (app.Scope(out var db))
        {
            var ack = await db.OutboxMessages.SingleAsync(m => m.CaseId == texted.Id);
            Assert.Equal((MessageKind.Sms, mobile), (ack.Kind, ack.Recipient));
            Assert.Contains(texted.Reference, ack.Body);
        }

        var property = await TestData.PropertyAsync(app);
        await browser.GetAsync($"/account/address?query={Uri.EscapeDataString(property.Postcode)}");
        await browser.SubmitAsync(button: "Save address", fields: Field("uprn", property.Uprn.ToString()));
        await browser.GetAsync("/account/preferences");
        await browser.SubmitAsync(new Dictionary<string, string> { ["contactBy"] = "Letter", ["paperless"] = "yes" });
        Assert.Equal(["Choose no for paperless if you want letters by post"], browser.ErrorSummary);
        await browser.SubmitAsync(fields: new Dictionary<string, string> { ["contactBy"] = "Letter", ["paperless"] = "no", ["language"] = "Polish" }, extra: [("needs", "large-print")]);
        Assert.Equal("/account", browser.Path);
        var posted = await TestData.CaseAsync(app, email: email);
        await using (app.Scope(out var db))
        {
            var ack = await db.OutboxMessages.SingleAsync(m => m.CaseId == posted.Id);
            Assert.Equal(MessageKind.Letter, ack.Kind);
            Assert.Contains(property.Postcode, ack.Recipient);
            Assert.Contains("[large-print]", ack.Subject);
            Assert.Contains("You asked us to write to you in Polish", ack.Body);
        }
        // The staff see the same on the case.
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, FrontDoor.Features.Staff.StaffRole.Agent, null));
        await agent.GetAsync($"/staff/cases/{posted.Reference}");
        Assert.Contains("Letters in large print", agent.Page.QuerySelector("main")!.TextContent);
    }
}

public class AccountTestsOnSqlite(SqliteApp app) : AccountTests(app);
public class AccountTestsOnPostgres(PostgresApp app) : AccountTests(app);
