using System.Net;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Staff;
using FrontDoor.Features.Tracking;
using FrontDoor.Tests.Infrastructure;
using static FrontDoor.Tests.Infrastructure.UkTimes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Tracking;

public abstract class ReplyOnlineTests(TestApp app)
{
    static readonly byte[] Photo = [.. Forms.UploadCheckTests.Jpeg, .. new byte[200]];

    static async Task WorkAsync(WebApplicationFactory<Program> host, string reference, Func<CaseWorkflow, Case, Task<WorkflowResult>> change)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var c = await db.Cases.Include(c => c.Service).Include(c => c.Team).Include(c => c.Customer).SingleAsync(c => c.Reference == reference);
        Assert.Equal(WorkflowOutcome.Saved, (await change(scope.ServiceProvider.GetRequiredService<CaseWorkflow>(), c)).Outcome);
    }

    static Task AskAsync(WebApplicationFactory<Program> host, string reference, string question) => WorkAsync(host, reference,
        (w, c) => w.ChangeStatusAsync(c, c.Version, Actor.System("officer"), CaseStatus.OnHold, question, "http://localhost", default));

    string TrackingPath(string reference) => TrackingLinks.Path(reference, app.Services.GetRequiredService<TrackingLinks>().Token(reference));

    [Fact]
    public async Task Answer_WhileWaiting_ResumesTheClockTellsTheOfficerAndShowsOnTheTimeline()
    {
        var clock = new FakeTimeProvider(Uk("2026-12-07 10:00")); // a Monday
        await using var host = app.WithClock(clock);
        var c = await TestData.CaseAsync(app);
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        await using (app.Scope(out var db))
            await db.Cases.Where(x => x.Id == c.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.DueAt, Uk("2026-12-11 23:59:59")).SetProperty(x => x.AssigneeId, officer.Id));
        await AskAsync(host, c.Reference, "Which side of the road is it on?");

        // The customer is told what we need and where to answer it; the tracking page says so too.
        await using (app.Scope(out var db))
        {
            var asked = await db.OutboxMessages.Where(m => m.CaseId == c.Id).OrderBy(m => m.Id).LastAsync();
            Assert.Equal($"We need something from you for your request ({c.Reference})", asked.Subject);
            Assert.Contains("Which side of the road is it on?", asked.Body);
        }
        var resident = new Browser(host.CreateClient());
        var page = await resident.GetAsync(TrackingPath(c.Reference));
        var banner = page.QuerySelector(".govuk-notification-banner")!;
        Assert.Equal("Action required", banner.QuerySelector("h2")!.TextContent.Trim());
        Assert.Contains("Which side of the road is it on?", banner.TextContent);

        clock.SetUtcNow(Uk("2026-12-09 11:00")); // two working days later
        await resident.GetAsync(banner.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Contains("Which side of the road is it on?", resident.Page.QuerySelector(".govuk-inset-text")!.TextContent);
        await resident.SubmitWithFileAsync(new Dictionary<string, string> { ["details"] = "The north side, by the bus stop." }, "file", Photo, "north side.jpg");

        Assert.Equal($"/track/{c.Reference}", resident.Path);
        var main = resident.Page.QuerySelector("main")!.TextContent;
        Assert.Contains("Thank you. We have your message and northside.jpg.", main);
        Assert.Contains("Answer sent online: The north side, by the bus stop.", main);
        Assert.Null(resident.Page.QuerySelector(".govuk-notification-banner:not(.govuk-notification-banner--success)"));

        await using var check = app.Scope(out var after);
        var saved = await after.Cases.SingleAsync(x => x.Id == c.Id);
        Assert.Equal(CaseStatus.InProgress, saved.Status);
        Assert.Null(saved.PausedAt);
        Assert.Equal(Uk("2026-12-15 23:59:59"), saved.DueAt);
        var contact = await after.Contacts.OrderBy(k => k.Id).LastAsync(k => k.CaseId == c.Id);
        Assert.Equal((Channel.Web, ContactPurpose.Update), (contact.Channel, contact.Purpose));
        var photo = await after.Attachments.SingleAsync(a => a.CaseId == c.Id);
        Assert.Equal(("northside.jpg", "image/jpeg"), (photo.FileName, photo.ContentType));
        Assert.Equal(Photo, photo.Content);
        var told = await after.OutboxMessages.SingleAsync(m => m.Recipient == officer.Email);
        Assert.Equal($"{c.Reference}: the customer answered what we asked", told.Subject);
        Assert.Contains($"/staff/cases/{c.Reference}", told.Body);
        Assert.DoesNotContain("bus stop", told.Body);
    }

    [Fact]
    public async Task AddInformation_OpenCase_KeepsItsStatusAndTellsTheTeamMailbox()
    {
        var team = await TestData.TeamAsync(app, $"Replies {Guid.NewGuid():N}");
        await using (app.Scope(out var db))
            await db.Teams.Where(t => t.Id == team.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.Email, "replies-team@council.example"));
        var c = await TestData.CaseAsync(app, await TestData.ServiceAsync(app, team: team.Name));

        var resident = new Browser(app.CreateClient());
        await resident.GetAsync(TrackingPath(c.Reference));
        Assert.Null(resident.Page.QuerySelector(".govuk-notification-banner"));
        await resident.GetAsync(resident.Page.QuerySelectorAll("main a").Single(a => a.TextContent == "Add information to your request").GetAttribute("href")!);
        Assert.Equal("Add information to your request", resident.Page.QuerySelector("h1")!.TextContent.Trim());
        await resident.SubmitAsync(new Dictionary<string, string> { ["details"] = "It has got bigger since." });

        Assert.Contains("More information sent online: It has got bigger since.", resident.Page.QuerySelector("main")!.TextContent);
        await using var scope = app.Scope(out var after);
        Assert.Equal(CaseStatus.Open, (await after.Cases.SingleAsync(x => x.Id == c.Id)).Status);
        Assert.Equal(ContactPurpose.Update, (await after.Contacts.OrderBy(k => k.Id).LastAsync(k => k.CaseId == c.Id)).Purpose);
        Assert.Equal($"{c.Reference}: the customer added information", (await after.OutboxMessages.SingleAsync(m => m.Recipient == "replies-team@council.example")).Subject);
    }

    [Fact]
    public async Task Reply_BadInput_GetsAClearMessageAndStoresNothing()
    {
        var c = await TestData.CaseAsync(app);
        await AskAsync(app, c.Reference, "Is it still there?");
        async Task<(int, int, int)> CountAsync()
        {
            await using var scope = app.Scope(out var db);
            return (await db.TimelineEvents.CountAsync(t => t.CaseId == c.Id && t.Type == TimelineEventType.FromCustomer), await db.Contacts.CountAsync(k => k.CaseId == c.Id), await db.Attachments.CountAsync(a => a.CaseId == c.Id));
        }
        var before = await CountAsync();
        var reply = $"/track/{c.Reference}/reply?token={app.Services.GetRequiredService<TrackingLinks>().Token(c.Reference)}";
        var resident = new Browser(app.CreateClient());

        await resident.GetAsync(reply);
        await resident.SubmitAsync(new Dictionary<string, string> { ["details"] = "  " });
        Assert.Equal(["Enter your answer"], resident.ErrorSummary);

        await resident.SubmitWithFileAsync(new Dictionary<string, string> { ["details"] = "Yes, here it is." }, "file", "<svg onload=alert(1)>"u8.ToArray(), "pothole.jpg");
        Assert.Equal(["The selected file must be a PDF, a Word document (DOCX), or a JPG, PNG or WEBP image"], resident.ErrorSummary);
        Assert.Equal("Yes, here it is.", resident.Page.QuerySelector("textarea[name=details]")!.TextContent);

        await resident.SubmitWithFileAsync(new Dictionary<string, string> { ["details"] = new string('a', CaseWorkflow.MaxTextLength + 1) }, "file", new byte[11 * 1024 * 1024], "huge.jpg");
        Assert.Equal(["Your answer must be 4,000 characters or less", "The selected file must be smaller than 10MB"], resident.ErrorSummary);

        var noToken = await resident.Client.GetAsync($"/track/{c.Reference}/reply");
        var otherCase = await resident.Client.GetAsync($"/track/{c.Reference}/reply?token={app.Services.GetRequiredService<TrackingLinks>().Token("ZZZZ-ZZZZ")}");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (noToken.StatusCode, otherCase.StatusCode));

        // Closed while the customer was writing: they are told, and nothing is added.
        await resident.GetAsync(reply);
        await WorkAsync(app, c.Reference, (w, x) => w.ChangeStatusAsync(x, x.Version, Actor.System("officer"), CaseStatus.Fixed, "Filled in.", "http://localhost", default));
        await resident.SubmitAsync(new Dictionary<string, string> { ["details"] = "Still there." });
        Assert.Equal("This request has been closed", resident.Page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(resident.Page.QuerySelector("main form"));
        Assert.Equal(before, await CountAsync());
    }
}

public class ReplyOnlineTestsOnSqlite(SqliteApp app) : ReplyOnlineTests(app);
public class ReplyOnlineTestsOnPostgres(PostgresApp app) : ReplyOnlineTests(app);
