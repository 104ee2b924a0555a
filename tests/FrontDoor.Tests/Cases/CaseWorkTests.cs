using System.Net;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Cases;

public abstract class CaseWorkTests(TestApp app)
{
    static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) => fields.ToDictionary(f => f.Key, f => f.Value);

    // Other tests share the database and keep adding Highways cases, so one case may be on any page of a view.
    static async Task<string> AllPagesOfQueueAsync(Browser browser, string query)
    {
        var text = new System.Text.StringBuilder();
        var page = await browser.GetAsync("/staff/queue?team=Highways&" + query);
        while (true)
        {
            text.Append(page.QuerySelector("main")!.TextContent);
            var next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
            if (next is null) return text.ToString();
            page = await browser.GetAsync(next);
        }
    }

    [Fact]
    public async Task Officer_AssignsUpdatesAndResolves_CustomerEmailedAndTrackingShowsIt()
    {
        var email = $"res-{Guid.NewGuid():N}@example.com";
        var service = await TestData.ServiceAsync(app);
        var c = await TestData.CaseAsync(app, service, email);
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browser = StaffAccounts.As(app, officer);

        Assert.Contains(c.Reference, await AllPagesOfQueueAsync(browser, "view=unassigned"));

        await browser.GetAsync($"/staff/cases/{c.Reference}/assign");
        await browser.SubmitAsync(Fields(("assignee", officer.Id.ToString()), ("team", "Highways"), ("priority", "high")));
        Assert.Equal($"/staff/cases/{c.Reference}", browser.Path);
        Assert.Contains("Case assigned", browser.Page.QuerySelector(".govuk-notification-banner")!.TextContent);

        await browser.GetAsync($"/staff/cases/{c.Reference}/update");
        var template = browser.Page.QuerySelectorAll("#template option").First(o => o.TextContent == "Investigating").GetAttribute("value");
        await browser.GetAsync($"/staff/cases/{c.Reference}/update?template={template}");
        var filled = browser.Page.QuerySelector("textarea[name=message]")!.TextContent;
        Assert.Contains($"We are looking into your request ({c.Reference})", filled);
        await browser.SubmitAsync(Fields(("message", filled)));

        await browser.GetAsync($"/staff/cases/{c.Reference}/status");
        await browser.SubmitAsync(Fields(("status", "Fixed"), ("message", "We filled the pothole on {{service}} duty.")));
        Assert.Contains("Status changed to Fixed", browser.Page.QuerySelector(".govuk-notification-banner")!.TextContent);

        await using (app.Scope(out var db))
        {
            var saved = await db.Cases.Include(x => x.Assignee).SingleAsync(x => x.Id == c.Id);
            Assert.Equal(CaseStatus.Fixed, saved.Status);
            Assert.Equal(officer.Id, saved.AssigneeId);
            Assert.Equal(CasePriority.High, saved.Priority);
            Assert.NotNull(saved.ResolvedAt);
            Assert.Equal("We filled the pothole on {{service}} duty.", saved.Outcome);
            Assert.Equal(3, saved.Version);
        }
        // Generous: the outbox shares one SMTP sink with every test running at once.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        List<MailSink.Email> mails;
        do { mails = await MailSink.ForAsync(email); await Task.Delay(200); } while (mails.Count < 3 && DateTime.UtcNow < deadline);
        Assert.Contains(mails, m => m.Text.Contains($"We are looking into your request ({c.Reference})"));
        var closing = Assert.Single(mails, m => m.Text.Contains($"We filled the pothole on {service.Name} duty."));
        var link = closing.Text.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/track/"));
        var resident = new Browser(app.CreateClient());
        await resident.GetAsync(new Uri(link).PathAndQuery);
        var tracking = resident.Page.QuerySelector("main")!.TextContent;
        Assert.Contains("We are looking into your request", tracking);
        Assert.Contains("Fixed", tracking);
    }

    [Fact]
    public async Task ChangeStatus_InvalidTransitionOrNoOutcome_RefusedAndNothingChanges()
    {
        var c = await TestData.CaseAsync(app);
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browser = StaffAccounts.As(app, officer);

        await browser.GetAsync($"/staff/cases/{c.Reference}/status");
        await browser.SubmitAsync(Fields(("status", "Fixed"), ("message", "")));
        Assert.Equal(["Enter the outcome to tell the customer"], browser.ErrorSummary);
        await browser.SubmitAsync(Fields(("status", "Open")));
        Assert.Contains("cannot be moved to 'Received'", browser.ErrorSummary.Single());
        await browser.SubmitAsync(Fields(("status", "Nonsense")));
        Assert.Equal(["Choose the new status"], browser.ErrorSummary);

        await browser.SubmitAsync(Fields(("status", "Cancelled"), ("message", "Reported twice by mistake")));
        await browser.GetAsync($"/staff/cases/{c.Reference}/status");
        await browser.SubmitAsync(Fields(("status", "InProgress")));
        Assert.Contains("cannot be moved to 'In progress'", browser.ErrorSummary.Single());
        await using var scope = app.Scope(out var db);
        Assert.Equal(CaseStatus.Cancelled, (await db.Cases.SingleAsync(x => x.Id == c.Id)).Status);
    }

    [Fact]
    public async Task TwoStaffEditingAtOnce_SecondIsToldAndNothingIsOverwritten()
    {
        var c = await TestData.CaseAsync(app);
        var first = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        var second = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.TeamLeader, "Highways"));
        await first.GetAsync($"/staff/cases/{c.Reference}/note");
        await second.GetAsync($"/staff/cases/{c.Reference}/status");

        await first.SubmitAsync(Fields(("note", "Spoke to the inspector")));
        await second.SubmitAsync(Fields(("status", "Fixed"), ("message", "Done")));

        Assert.Equal([WorkflowResult.StaleMessage], second.ErrorSummary);
        Assert.Contains("Spoke to the inspector", (await second.GetAsync($"/staff/cases/{c.Reference}")).QuerySelector("#timeline")!.TextContent);
        await using var scope = app.Scope(out var db);
        Assert.Equal(CaseStatus.Open, (await db.Cases.SingleAsync(x => x.Id == c.Id)).Status);
    }

    [Fact]
    public async Task RecordContact_OpenCaseIsProgressChasing_ClosedCaseIsNot()
    {
        var c = await TestData.CaseAsync(app);
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services"));
        await agent.GetAsync($"/staff/cases/{c.Reference}/contact");
        await agent.SubmitAsync(Fields(("channel", "Phone"), ("summary", "Asked when it will be fixed")));
        Assert.Contains("progress chasing", agent.Page.QuerySelector(".govuk-notification-banner")!.TextContent);

        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        await officer.GetAsync($"/staff/cases/{c.Reference}/status");
        await officer.SubmitAsync(Fields(("status", "Fixed"), ("message", "Filled")));
        await agent.GetAsync($"/staff/cases/{c.Reference}/contact");
        await agent.SubmitAsync(Fields(("channel", "Email"), ("summary", "Said thank you")));

        await using var scope = app.Scope(out var db);
        var purposes = await db.Contacts.Where(x => x.CaseId == c.Id).OrderBy(x => x.Id).Select(x => x.Purpose).ToListAsync();
        Assert.Equal([ContactPurpose.NewRequest, ContactPurpose.ProgressChasing, ContactPurpose.Enquiry], purposes);
    }

    [Fact]
    public async Task RecordContact_Empty_ErrorPerField()
    {
        var c = await TestData.CaseAsync(app);
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services"));
        await agent.GetAsync($"/staff/cases/{c.Reference}/contact");
        await agent.SubmitAsync(Fields(("summary", "")));
        Assert.Equal(["Choose how the customer got in touch", "Enter what the customer wanted"], agent.ErrorSummary);
    }

    [Fact]
    public async Task Audit_ViewsAndChangesRecorded_AndEntriesCannotBeChanged()
    {
        var c = await TestData.CaseAsync(app);
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var browser = StaffAccounts.As(app, officer);
        await browser.GetAsync($"/staff/cases/{c.Reference}");
        await browser.GetAsync($"/staff/cases/{c.Reference}/note");
        await browser.SubmitAsync(Fields(("note", "Checked the photos")));

        await using (app.Scope(out var db))
        {
            var entries = await db.AuditEntries.Where(a => a.CaseId == c.Id).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(["Viewed case and customer details", "Added internal note", "Viewed case and customer details"], entries.Select(e => e.Action));
            Assert.All(entries, e => Assert.Equal(officer.Id, e.StaffId));
            Assert.All(entries, e => Assert.Equal(c.CustomerId, e.CustomerId));

            db.Entry(entries[0]).Property(e => e.Action).CurrentValue = "nothing to see";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
            db.ChangeTracker.Clear();
            db.AuditEntries.Remove(entries[0]);
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        var admin = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await admin.GetAsync($"/staff/audit?reference={c.Reference}");
        Assert.Contains(officer.Name, admin.Page.QuerySelector("#audit")!.TextContent);
        Assert.Empty(admin.Page.QuerySelectorAll("main form[method=post]"));
    }

    [Fact]
    public async Task Queue_ViewsAndFilters_ShowTheRightCases()
    {
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var mine = await TestData.CaseAsync(app);
        var unassigned = await TestData.CaseAsync(app, channel: Channel.Phone);
        var onHold = await TestData.CaseAsync(app);
        await using (app.Scope(out var db))
        {
            await db.Cases.Where(x => x.Id == mine.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.AssigneeId, officer.Id));
            await db.Cases.Where(x => x.Id == onHold.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, CaseStatus.OnHold).SetProperty(x => x.PausedAt, DateTime.UtcNow));
        }
        var browser = StaffAccounts.As(app, officer);
        Task<string> Queue(string query) => AllPagesOfQueueAsync(browser, query);

        var mineView = await Queue("view=mine");
        Assert.Contains(mine.Reference, mineView);
        Assert.DoesNotContain(unassigned.Reference, mineView);
        var unassignedView = await Queue("view=unassigned");
        Assert.Contains(unassigned.Reference, unassignedView);
        Assert.DoesNotContain(mine.Reference, unassignedView);
        var holdView = await Queue("view=on-hold");
        Assert.Contains(onHold.Reference, holdView);
        Assert.DoesNotContain(unassigned.Reference, holdView);
        var phone = await Queue("view=open&channel=Phone");
        Assert.Contains(unassigned.Reference, phone);
        Assert.DoesNotContain(mine.Reference, phone);
        Assert.DoesNotContain(unassigned.Reference, await Queue("view=open&ward=No+such+ward"));
        Assert.Contains(unassigned.Reference, await Queue($"view=open&ward={Uri.EscapeDataString(unassigned.Ward!)}"));

        await browser.GetAsync("/staff/queue?team=Waste+Services");
        Assert.Equal(HttpStatusCode.Forbidden, browser.Status);
    }

    [Fact]
    public async Task Queue_MoreThanAPage_PagesInDueDateOrder()
    {
        for (var i = 0; i < 27; i++) await TestData.CaseAsync(app);
        var browser = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        var first = await browser.GetAsync("/staff/queue?team=Highways&view=open");
        var firstRows = first.QuerySelectorAll("#queue tbody tr a").Select(a => a.TextContent).ToList();
        Assert.Equal(25, firstRows.Count);
        var next = first.QuerySelector(".govuk-pagination__next a")!.GetAttribute("href")!;
        var second = await browser.GetAsync(next);
        var secondRows = second.QuerySelectorAll("#queue tbody tr a").Select(a => a.TextContent).ToList();
        Assert.NotEmpty(secondRows);
        Assert.Empty(firstRows.Intersect(secondRows));
        await using var scope = app.Scope(out var db);
        var due = await db.Cases.Where(c => firstRows.Contains(c.Reference) || secondRows.Contains(c.Reference)).ToDictionaryAsync(c => c.Reference, c => c.DueAt);
        Assert.True(due[firstRows[^1]] <= due[secondRows[0]]);
    }
}

public class CaseWorkTestsOnSqlite(SqliteApp app) : CaseWorkTests(app);
public class CaseWorkTestsOnPostgres(PostgresApp app) : CaseWorkTests(app);
