using System.Net;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Staff;

/// <summary>Every staff route, tried by people who must not use it against a Highways case and queue.</summary>
public abstract class StaffAuthorisationTests(TestApp app)
{
    /// <summary>Route pattern, then the concrete address for a Highways case.</summary>
    static readonly (string Pattern, string Method, Func<string, string> Url)[] Routes =
    [
        ("staff", "GET", _ => "/staff"),
        ("staff/queue", "GET", _ => "/staff/queue?team=Highways"),
        ("staff/cases/find", "GET", r => $"/staff/cases/find?reference={r}"),
        ("staff/performance", "GET", _ => "/staff/performance"),
        ("staff/performance/{table}.csv", "GET", _ => "/staff/performance/summary.csv"),
        ("staff/performance/problems", "GET", _ => "/staff/performance/problems"),
        ("staff/performance/complaints", "GET", _ => "/staff/performance/complaints"),
        ("staff/cases/{reference}/complaint", "GET", r => $"/staff/cases/{r}/complaint"),
        ("staff/cases/{reference}/complaint", "POST", r => $"/staff/cases/{r}/complaint?handler=acknowledge"),
        ("staff/cases/{reference}", "GET", r => $"/staff/cases/{r}"),
        ("staff/cases/{reference}/attachments/{id:long}", "GET", r => $"/staff/cases/{r}/attachments/1"),
        ("staff/cases/{reference}/assign", "GET", r => $"/staff/cases/{r}/assign"),
        ("staff/cases/{reference}/assign", "POST", r => $"/staff/cases/{r}/assign"),
        ("staff/cases/{reference}/status", "GET", r => $"/staff/cases/{r}/status"),
        ("staff/cases/{reference}/status", "POST", r => $"/staff/cases/{r}/status"),
        ("staff/cases/{reference}/note", "GET", r => $"/staff/cases/{r}/note"),
        ("staff/cases/{reference}/note", "POST", r => $"/staff/cases/{r}/note"),
        ("staff/cases/{reference}/update", "GET", r => $"/staff/cases/{r}/update"),
        ("staff/cases/{reference}/update", "POST", r => $"/staff/cases/{r}/update"),
        ("staff/cases/{reference}/contact", "GET", r => $"/staff/cases/{r}/contact"),
        ("staff/cases/{reference}/contact", "POST", r => $"/staff/cases/{r}/contact"),
        ("staff/cases/{reference}/satisfaction", "GET", r => $"/staff/cases/{r}/satisfaction"),
        ("staff/cases/{reference}/satisfaction", "POST", r => $"/staff/cases/{r}/satisfaction"),
        ("staff/cases/{reference}/customer-needs", "GET", r => $"/staff/cases/{r}/customer-needs"),
        ("staff/cases/{reference}/customer-needs", "POST", r => $"/staff/cases/{r}/customer-needs"),
        ("staff/raise", "GET", _ => "/staff/raise"),
        ("staff/raise", "POST", _ => "/staff/raise"),
        ("staff/complaints/new", "GET", _ => "/staff/complaints/new"),
        ("staff/complaints/new", "POST", _ => "/staff/complaints/new"),
        ("staff/callbacks", "GET", _ => "/staff/callbacks"),
        ("staff/callbacks/new", "GET", _ => "/staff/callbacks/new"),
        ("staff/callbacks/new", "POST", _ => "/staff/callbacks/new"),
        ("staff/callbacks/{id:long}", "GET", _ => "/staff/callbacks/1"),
        ("staff/callbacks/{id:long}", "POST", _ => "/staff/callbacks/1"),
        ("staff/appointments", "GET", _ => "/staff/appointments"),
        ("staff/appointments", "POST", _ => "/staff/appointments"),
        ("staff/appointments/book", "GET", _ => "/staff/appointments/book"),
        ("staff/appointments/book/details", "GET", _ => "/staff/appointments/book/details"),
        ("staff/appointments/book/details", "POST", _ => "/staff/appointments/book/details"),
        ("staff/appointments/{id:long}", "GET", _ => "/staff/appointments/1"),
        ("staff/appointments/{id:long}", "POST", _ => "/staff/appointments/1"),
        ("staff/support-tasks", "GET", _ => "/staff/support-tasks"),
        ("staff/support-tasks", "POST", _ => "/staff/support-tasks"),
        ("staff/enquiries", "GET", _ => "/staff/enquiries"),
        ("staff/enquiries/new", "GET", _ => "/staff/enquiries/new"),
        ("staff/enquiries/new", "POST", _ => "/staff/enquiries/new"),
        ("staff/audit", "GET", _ => "/staff/audit"),
        ("staff/audit/check", "GET", _ => "/staff/audit/check"),
        ("staff/audit/check", "POST", _ => "/staff/audit/check"),
        ("staff/admin", "GET", _ => "/staff/admin"),
        ("staff/admin/services", "GET", _ => "/staff/admin/services"),
        ("staff/admin/services/new", "GET", _ => "/staff/admin/services/new"),
        ("staff/admin/services/new", "POST", _ => "/staff/admin/services/new"),
        ("staff/admin/services/{id:int}", "GET", _ => "/staff/admin/services/1"),
        ("staff/admin/services/{id:int}", "POST", _ => "/staff/admin/services/1"),
        ("staff/admin/services/{id:int}/form", "GET", _ => "/staff/admin/services/1/form"),
        ("staff/admin/services/{id:int}/form", "POST", _ => "/staff/admin/services/1/form?handler=publish"),
        ("staff/admin/services/{id:int}/form/question/{questionId?}", "GET", _ => "/staff/admin/services/1/form/question"),
        ("staff/admin/services/{id:int}/form/question/{questionId?}", "POST", _ => "/staff/admin/services/1/form/question"),
        ("staff/admin/catalogue", "GET", _ => "/staff/admin/catalogue?handler=export"),
        ("staff/admin/catalogue", "POST", _ => "/staff/admin/catalogue"),
        ("staff/admin/channel-costs", "GET", _ => "/staff/admin/channel-costs"),
        ("staff/admin/channel-costs", "POST", _ => "/staff/admin/channel-costs"),
        ("staff/admin/council", "GET", _ => "/staff/admin/council"),
        ("staff/admin/council", "POST", _ => "/staff/admin/council"),
        ("staff/admin/bank-holidays", "GET", _ => "/staff/admin/bank-holidays"),
        ("staff/admin/bank-holidays", "POST", _ => "/staff/admin/bank-holidays?handler=division"),
        ("staff/admin/content", "GET", _ => "/staff/admin/content"),
        ("staff/admin/content/{slug}", "GET", _ => "/staff/admin/content/contact"),
        ("staff/admin/content/{slug}", "POST", _ => "/staff/admin/content/contact?handler=save"),
        ("staff/admin/messages", "GET", _ => "/staff/admin/messages"),
        ("staff/admin/messages/{key}/{channel}/{language}", "GET", _ => "/staff/admin/messages/acknowledgement/email/en"),
        ("staff/admin/messages/{key}/{channel}/{language}", "POST", _ => "/staff/admin/messages/acknowledgement/email/en?handler=save"),
        ("staff/admin/response-templates", "GET", _ => "/staff/admin/response-templates"),
        ("staff/admin/response-templates/{id}", "GET", _ => "/staff/admin/response-templates/new"),
        ("staff/admin/response-templates/{id}", "POST", _ => "/staff/admin/response-templates/new?handler=save"),
        ("staff/admin/teams", "GET", _ => "/staff/admin/teams"),
        ("staff/admin/teams/new", "GET", _ => "/staff/admin/teams/new"),
        ("staff/admin/teams/new", "POST", _ => "/staff/admin/teams/new"),
        ("staff/admin/teams/{id:long}", "GET", _ => "/staff/admin/teams/1"),
        ("staff/admin/teams/{id:long}", "POST", _ => "/staff/admin/teams/1"),
        ("staff/admin/staff", "GET", _ => "/staff/admin/staff"),
        ("staff/admin/staff/new", "GET", _ => "/staff/admin/staff/new"),
        ("staff/admin/staff/new", "POST", _ => "/staff/admin/staff/new"),
        ("staff/admin/staff/{id:long}", "GET", _ => "/staff/admin/staff/1"),
        ("staff/admin/staff/{id:long}", "POST", _ => "/staff/admin/staff/1?handler=ResetPassword"),
        ("staff/admin/diaries", "GET", _ => "/staff/admin/diaries"),
        ("staff/admin/diaries/{id:long}", "GET", _ => "/staff/admin/diaries/1"),
        ("staff/admin/diaries/{id:long}", "POST", _ => "/staff/admin/diaries/1"),
        ("staff/admin/diaries/new", "GET", _ => "/staff/admin/diaries/new"),
        ("staff/admin/diaries/new", "POST", _ => "/staff/admin/diaries/new"),
        ("staff/admin/appointments", "GET", _ => "/staff/admin/appointments"),
        ("staff/collections", "GET", _ => "/staff/collections"),
        ("staff/admin/appointments/places/{id:long?}", "GET", _ => "/staff/admin/appointments/places"),
        ("staff/admin/appointments/places/{id:long?}", "POST", _ => "/staff/admin/appointments/places"),
        ("staff/admin/appointments/types/{id:long?}", "GET", _ => "/staff/admin/appointments/types"),
        ("staff/admin/appointments/types/{id:long?}", "POST", _ => "/staff/admin/appointments/types"),
        ("staff/admin/appointments/officers/{staffId:long}", "GET", _ => "/staff/admin/appointments/officers/1"),
        ("staff/admin/appointments/officers/{staffId:long}", "POST", _ => "/staff/admin/appointments/officers/1"),
        ("staff/admin/gazetteer", "GET", _ => "/staff/admin/gazetteer"),
        ("staff/admin/gazetteer", "POST", _ => "/staff/admin/gazetteer"),
        ("staff/admin/retention", "GET", _ => "/staff/admin/retention"),
        ("staff/admin/retention", "POST", _ => "/staff/admin/retention?handler=Change"),
        ("staff/admin/undelivered-messages", "GET", _ => "/staff/admin/undelivered-messages"),
        ("staff/admin/undelivered-messages", "POST", _ => "/staff/admin/undelivered-messages?handler=SendAgain&id=1"),
        ("staff/customers", "GET", _ => "/staff/customers?q=Pat+Pothole"),
        ("staff/customers/{id:long}", "GET", _ => "/staff/customers/1"),
        ("staff/customers/{id:long}/privacy", "GET", _ => "/staff/customers/1/privacy"),
        ("staff/customers/{id:long}/privacy", "POST", _ => "/staff/customers/1/privacy?handler=Erase"),
        ("staff/customers/{id:long}/alerts/new", "GET", _ => "/staff/customers/1/alerts/new"),
        ("staff/customers/{id:long}/alerts/new", "POST", _ => "/staff/customers/1/alerts/new"),
        ("staff/customers/duplicates", "GET", _ => "/staff/customers/duplicates"),
        ("staff/customers/duplicates/{id:long}", "GET", _ => "/staff/customers/duplicates/1"),
        ("staff/customers/duplicates/{id:long}", "POST", _ => "/staff/customers/duplicates/1"),
        ("staff/customers/merges/{id:long}/undo", "POST", _ => "/staff/customers/merges/1/undo"),
        ("staff/properties", "GET", _ => "/staff/properties?q=FD1"),
        ("staff/admin/api-clients", "GET", _ => "/staff/admin/api-clients"),
        ("staff/admin/api-clients/new", "GET", _ => "/staff/admin/api-clients/new"),
        ("staff/admin/api-clients/new", "POST", _ => "/staff/admin/api-clients/new"),
        ("staff/admin/api-clients/{id:long}", "GET", _ => "/staff/admin/api-clients/1"),
        ("staff/admin/api-clients/{id:long}", "POST", _ => "/staff/admin/api-clients/1?handler=revoke"),
        ("staff/admin/webhooks/deliveries/{id:long}", "GET", _ => "/staff/admin/webhooks/deliveries/1"),
        ("staff/admin/webhooks/deliveries/{id:long}", "POST", _ => "/staff/admin/webhooks/deliveries/1"),
    ];

    /// <summary>Reachable by anyone: the sign-in steps themselves (with a one-time link to choose a password), and signing out.</summary>
    static readonly string[] SignInRoutes = [
        "staff/sign-in", "staff/sign-in/code", "staff/sign-in/set-up-authenticator", "staff/sign-in/welcome/{token}", "staff/sign-out",
        "staff/sign-in/sso", "staff/sign-in/sso/done"];

    [Fact]
    public void Routes_CoverEveryStaffPage()
    {
        var staffPatterns = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith("staff", StringComparison.OrdinalIgnoreCase))
            .Distinct().Order().ToList();
        var covered = Routes.Select(r => r.Pattern).Concat(SignInRoutes).Distinct().Order().ToList();
        Assert.Equal(covered, staffPatterns);
    }

    [Fact]
    public async Task EveryStaffRoute_AnonymousOrResident_SentToSignIn()
    {
        var service = await TestData.ServiceAsync(app);
        var c = await TestData.CaseAsync(app);
        var resident = new Browser(app.CreateClient());
        await Journey.StartAsync(resident, service);
        foreach (var browser in new[] { new Browser(app.CreateClient()), resident })
            foreach (var (pattern, method, url) in Routes)
            {
                if (method == "GET") await browser.GetAsync(url(c.Reference));
                else await browser.SubmitRawAsync(url(c.Reference), browser.Page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value"));
                Assert.True(browser.Path == "/staff/sign-in", $"{method} {pattern} reached {browser.Path}");
            }
    }

    [Fact]
    public async Task CaseAndQueueRoutes_OfficerOfAnotherTeam_Forbidden()
    {
        var c = await TestData.CaseAsync(app);
        var waste = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Waste Services");
        var browser = StaffAccounts.As(app, waste);
        // Finding customers and properties is part of every case worker's job; their cases stay with their teams.
        // Appointments: the day list shows their own team's; another team's appointment is refused (AppointmentTests).
        // Collections: the day's list shows their own team's rounds (BookedServiceTests).
        var allowed = new[] { "staff", "staff/cases/find", "staff/raise", "staff/complaints/new", "staff/customers", "staff/customers/{id:long}", "staff/properties",
            "staff/appointments", "staff/appointments/{id:long}", "staff/appointments/book", "staff/appointments/book/details", "staff/collections" };
        await AssertForbiddenAsync(browser, c, Routes.Where(r => !allowed.Contains(r.Pattern)), "/staff/queue");
    }

    [Fact]
    public async Task EveryCaseWorkerRoute_Councillor_Forbidden()
    {
        var c = await TestData.CaseAsync(app);
        var councillor = await StaffAccounts.CreateAsync(app, StaffRole.Councillor, null);
        var browser = StaffAccounts.As(app, councillor);
        await browser.GetAsync("/staff");
        Assert.Equal("/staff/enquiries", browser.Path);
        var ownArea = new[] { "staff", "staff/enquiries", "staff/enquiries/new" };
        await AssertForbiddenAsync(browser, c, Routes.Where(r => !ownArea.Contains(r.Pattern)), "/staff/enquiries");
    }

    [Fact]
    public async Task EveryOtherRoute_ServiceManager_Forbidden()
    {
        var c = await TestData.CaseAsync(app);
        var manager = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.ServiceManager, "Waste Services"));
        await manager.GetAsync("/staff");
        Assert.Equal("/staff/admin", manager.Path);
        // Their own area; /staff/admin/services/1 is a service of another team, so it is refused below too.
        var ownArea = new[] { "staff", "staff/admin", "staff/admin/services", "staff/admin/services/new", "staff/admin/response-templates", "staff/admin/response-templates/{id}",
            "staff/performance", "staff/performance/{table}.csv", "staff/performance/problems", "staff/performance/complaints" };
        await AssertForbiddenAsync(manager, c, Routes.Where(r => !ownArea.Contains(r.Pattern) && !r.Pattern.StartsWith("staff/admin/services/{id:int}")), "/staff/admin");
    }

    [Fact]
    public async Task EveryRouteButTheFigures_Manager_Forbidden()
    {
        var c = await TestData.CaseAsync(app);
        var manager = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Manager, null));
        await manager.GetAsync("/staff");
        Assert.Equal("/staff/performance", manager.Path);
        var ownArea = new[] { "staff", "staff/performance", "staff/performance/{table}.csv", "staff/performance/problems", "staff/performance/complaints" };
        await AssertForbiddenAsync(manager, c, Routes.Where(r => !ownArea.Contains(r.Pattern)), "/staff/performance");
    }

    async Task AssertForbiddenAsync(Browser browser, FrontDoor.Features.Cases.Case c, IEnumerable<(string Pattern, string Method, Func<string, string> Url)> routes, string home)
    {
        // Sending the acknowledgement adds its own event in the background, so it is left out of the count.
        int before;
        await using (app.Scope(out var db))
            before = await db.TimelineEvents.CountAsync(t => t.CaseId == c.Id && t.Type != FrontDoor.Features.Cases.TimelineEventType.NotificationSent);
        foreach (var (pattern, method, url) in routes)
        {
            await browser.GetAsync(home);
            var token = browser.AntiforgeryToken;
            if (method == "GET") await browser.GetAsync(url(c.Reference));
            else await browser.SubmitRawAsync(url(c.Reference), token, ("version", "0"), ("note", "x"), ("message", "x"), ("status", "Fixed"), ("channel", "Phone"), ("summary", "x"));
            Assert.True(browser.Status == HttpStatusCode.Forbidden, $"{method} {pattern} gave {browser.Status}");
        }
        await using (app.Scope(out var db))
            Assert.Equal(before, await db.TimelineEvents.CountAsync(t => t.CaseId == c.Id && t.Type != FrontDoor.Features.Cases.TimelineEventType.NotificationSent));
    }
}

public class StaffAuthorisationTestsOnSqlite(SqliteApp app) : StaffAuthorisationTests(app);
public class StaffAuthorisationTestsOnPostgres(PostgresApp app) : StaffAuthorisationTests(app);
