using System.Net;
using System.Net.Http.Json;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Events;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using FrontDoor.Features.Tracking;
using FrontDoor.Tests.Infrastructure;
using FrontDoor.Tests.Webhooks;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Nodes;

/// <summary>Two FrontDoors on one database, as behind a load balancer: whichever node a request reaches, it carries on.</summary>
public abstract class SeveralNodesTests(TwoNodes nodes)
{
    TestApp A => nodes.First;
    TestApp B => nodes.Second;

    /// <summary>One person's browser whose requests the load balancer sends to either node: one cookie jar for both.</summary>
    static (Browser OnA, Browser OnB) OneBrowser(TestApp a, TestApp b)
    {
        var cookies = new CookieContainer();
        return (new Browser(a.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies))),
                new Browser(b.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies))));
    }

    [Fact]
    public async Task StaffMember_SignedInOnOneNode_CarriesOnOnTheOther()
    {
        var officer = await StaffAccounts.CreateAsync(A, StaffRole.Officer, "Highways");
        var (onA, onB) = OneBrowser(A, B);
        await StaffAccounts.SignInAsync(A, officer, client: onA.Client);

        await onB.GetAsync("/staff/queue?team=Highways");
        Assert.Equal("/staff/queue", onB.Path);
        // The form made on one node is accepted on the other (its anti-forgery token is signed by the shared keys).
        var c = await TestData.CaseAsync(A);
        await onA.GetAsync(StaffLinks.Case(c.Reference) + "/note");
        await onB.SubmitRawAsync(StaffLinks.Case(c.Reference) + "/note", onA.AntiforgeryToken, ("note", "Checked from the other server"), ("version", c.Version.ToString()));
        Assert.NotEqual(HttpStatusCode.BadRequest, onB.Status);
        await using var scope = A.Scope(out var db);
        Assert.True(await db.TimelineEvents.AnyAsync(t => t.CaseId == c.Id && t.Text == "Checked from the other server"));
    }

    [Fact]
    public async Task Resident_SignedInOnOneNode_CarriesOnOnTheOther()
    {
        var email = Residents.NewEmail();
        var (onA, onB) = OneBrowser(A, B);
        await onA.GetAsync("/account/sign-in");
        await onA.SubmitAsync(new Dictionary<string, string> { ["email"] = email });
        // The code is typed into the other node's page.
        await onB.GetAsync(onA.LastResponse!.RequestMessage!.RequestUri!.PathAndQuery);
        Assert.Equal("/account/sign-in/code", onB.Path);
        await onB.SubmitAsync(new Dictionary<string, string> { ["code"] = await Residents.LatestCodeAsync(A, email) });
        if (onB.Path == "/account/create") await onB.SubmitAsync(new Dictionary<string, string> { ["fullName"] = "Noor Node" });
        Assert.Equal("/account", onB.Path);

        await onA.GetAsync("/account");
        Assert.Equal("/account", onA.Path);
    }

    [Fact]
    public async Task TrackingLink_MadeOnOneNode_OpensOnTheOther()
    {
        var c = await TestData.CaseAsync(A);
        var link = A.Services.GetRequiredService<TrackingLinks>().Url("http://localhost", c.Reference);

        var browser = new Browser(B.CreateClient());
        await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, browser.Status);
        Assert.Contains(c.Reference, browser.Page.QuerySelector("h1")!.TextContent + browser.Page.Body!.TextContent);
        Assert.DoesNotContain("/track?", browser.Path);
    }

    [Fact]
    public async Task ManyRequestsOnBothNodes_EachEmailAndWebhookSentOnceInAll()
    {
        await using var receiver = new WebhookReceiver();
        var (_, key) = await ApiTestClients.CreateAsync(A, [ApiScopes.ReadCases, ApiScopes.WriteCases, ApiScopes.ManageWebhooks]);
        await WebhookTests.SubscribeAsync(ApiTestClients.Http(A, key), receiver.Url, EventTypes.CaseCreated);
        var service = await TestData.ServiceAsync(A);
        var property = await TestData.PropertyAsync(A);
        var emails = Enumerable.Range(0, 40).Select(_ => Residents.NewEmail()).ToList();

        // Half the requests reach each node, all at once.
        var references = await Task.WhenAll(emails.Select(async (email, i) =>
        {
            await using var scope = (i % 2 == 0 ? A : B).Scope(out _);
            var result = await scope.ServiceProvider.GetRequiredService<RequestIntake>().SubmitAsync(new IntakeRequest(
                service, TestData.StreetProblemAnswers(), new LocationInput(property.Uprn), null,
                new ContactInput("Lou Load", email, null), Channel.Web, "http://localhost"), default);
            Assert.True(result.Succeeded);
            return result.Case!.Reference;
        }));

        foreach (var reference in references) await receiver.WaitForAsync(reference);
        for (var i = 0; i < 200; i++)
        {
            await using (A.Scope(out var db))
                if (await db.OutboxMessages.CountAsync(m => emails.Contains(m.Recipient) && m.SentAt != null) == emails.Count) break;
            await Task.Delay(100);
        }
        // A moment for a second copy, were either node to send one.
        await Task.Delay(1000);
        var mail = await MailSink.AllAsync();
        Assert.All(emails, email => Assert.Single(mail, m => m.To.Any(t => t.Address == email)));
        Assert.All(references, reference => Assert.Single(receiver.Requests, r => r.Body.Contains(reference)));
    }
}

public class SeveralNodesTestsOnSqlite(TwoSqliteNodes nodes) : SeveralNodesTests(nodes), IClassFixture<TwoSqliteNodes>;
public class SeveralNodesTestsOnPostgres(TwoPostgresNodes nodes) : SeveralNodesTests(nodes), IClassFixture<TwoPostgresNodes>;
