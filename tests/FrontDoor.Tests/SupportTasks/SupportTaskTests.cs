using System.Net;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Staff;
using FrontDoor.Features.SupportTasks;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.SupportTasks;

public abstract class SupportTaskTests(TestApp app)
{
    const string SupportTeam = "Language and accessibility services";

    async Task<(Customer Customer, OutboxMessage Letter)> LetterToAsync(string needs)
    {
        var customer = await TestData.CustomerAsync(app);
        await using var scope = app.Scope(out var db);
        var reader = await db.Customers.SingleAsync(c => c.Id == customer.Id);
        AssistanceNeeds.Apply(reader, needs.Split(','), null);
        reader.Address = "2 Test Street, Ashworth, AS1 1AA";
        var letter = new OutboxMessage
        {
            Kind = MessageKind.Letter, Recipient = $"{reader.FullName}\n{reader.Address}", Subject = "About your request", Body = "Dear resident",
            CustomerId = reader.Id, CreatedAt = DateTime.UtcNow, NextAttemptAt = DateTime.UtcNow,
        };
        db.OutboxMessages.Add(letter);
        await db.SaveChangesAsync();
        return (reader, letter);
    }

    async Task<List<SupportTask>> TasksForLetterAsync(long letterId)
    {
        // The outbox sends it in the background; the tasks are saved with its being sent.
        for (var wait = 0; wait < 100; wait++)
        {
            await using var scope = app.Scope(out var db);
            if (await db.OutboxMessages.AnyAsync(m => m.Id == letterId && m.SentAt != null))
                return await db.SupportTasks.Include(t => t.Team).Where(t => t.LetterId == letterId).OrderBy(t => t.Kind).ToListAsync();
            await Task.Delay(100);
        }
        throw new TimeoutException("The letter was not sent");
    }

    [Fact]
    public async Task CasePage_ShowsTheSupportArrangedForIt_ButNotWhatWasCalledOff()
    {
        var c = await TestData.CaseAsync(app);
        await using (app.Scope(out var db))
        {
            var team = await db.Teams.FirstAsync();
            SupportTask Task(SupportKind kind, SupportTaskState state) => new()
            {
                Kind = kind, CustomerId = c.CustomerId!.Value, CaseId = c.Id, TeamId = team.Id, NeededBy = DateTime.UtcNow.AddDays(3),
                DueAt = DateTime.UtcNow.AddDays(1), State = state, CreatedAt = DateTime.UtcNow,
            };
            db.SupportTasks.AddRange(Task(SupportKind.Braille, SupportTaskState.Arranged), Task(SupportKind.Audio, SupportTaskState.Cancelled));
            await db.SaveChangesAsync();
        }
        var officer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        await officer.GetAsync(StaffLinks.Case(c.Reference));
        var support = officer.Page.QuerySelector("#support")!.TextContent;
        Assert.Contains("Letter in Braille", support);
        Assert.Contains("Arranged", support);
        Assert.DoesNotContain("audio", support);
    }

    [Fact]
    public async Task Letter_ToACustomerWhoReadsBrailleAndLargePrint_GivesThePrintRoomATaskForEach()
    {
        var (customer, letter) = await LetterToAsync("braille,large-print,bsl");
        var tasks = await TasksForLetterAsync(letter.Id);
        Assert.Equal([SupportKind.Braille, SupportKind.LargePrint], tasks.Select(t => t.Kind));
        Assert.All(tasks, t => Assert.Equal((customer.Id, SupportTeam, SupportTaskState.Open), (t.CustomerId, t.Team.Name, t.State)));
        Assert.All(tasks, t => Assert.True(t.DueAt <= t.NeededBy));

        var (_, standard) = await LetterToAsync("bsl");
        Assert.Empty(await TasksForLetterAsync(standard.Id));
    }

    [Fact]
    public async Task SupportList_AgentArrangesThenCompletes_AndAnotherTeamsOfficerIsRefused()
    {
        var (customer, letter) = await LetterToAsync("easy-read");
        var task = Assert.Single(await TasksForLetterAsync(letter.Id));
        var agent = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Agent, "Customer Services"));
        await agent.GetAsync(SupportTaskLinks.List);
        Assert.Contains(customer.FullName, agent.Page.QuerySelector("#support-tasks")!.TextContent);
        var token = agent.AntiforgeryToken;

        await agent.SubmitRawAsync(SupportTaskLinks.List, token, ("id", task.Id.ToString()), ("version", task.Version.ToString()), ("to", "Arranged"));
        Assert.Contains($"Easy Read letter for {customer.FullName}: arranged", agent.Page.QuerySelector(".govuk-notification-banner")!.TextContent);
        // A second press with the old version changes nothing: someone else's change is not overwritten.
        await agent.SubmitRawAsync(SupportTaskLinks.List, token, ("id", task.Id.ToString()), ("version", task.Version.ToString()), ("to", "Done"));
        await using (app.Scope(out var db)) Assert.Equal(SupportTaskState.Arranged, (await db.SupportTasks.SingleAsync(t => t.Id == task.Id)).State);
        await agent.SubmitRawAsync(SupportTaskLinks.List, token, ("id", task.Id.ToString()), ("version", (task.Version + 1).ToString()), ("to", "Done"));
        await using (app.Scope(out var db))
        {
            var done = await db.SupportTasks.SingleAsync(t => t.Id == task.Id);
            Assert.Equal(SupportTaskState.Done, done.State);
            Assert.NotNull(done.ClosedAt);
        }

        // The support team's officers find it from the navigation; another team's neither see the link nor get in.
        static bool LinksToSupport(Browser b) => b.Page.QuerySelectorAll(".govuk-service-navigation a").Any(a => a.GetAttribute("href") == SupportTaskLinks.List);
        var supportOfficer = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, SupportTeam));
        await supportOfficer.GetAsync(SupportTaskLinks.List);
        Assert.Equal(HttpStatusCode.OK, supportOfficer.Status);
        Assert.True(LinksToSupport(supportOfficer));
        var highways = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways"));
        Assert.Equal(HttpStatusCode.Forbidden, (await highways.Client.GetAsync(SupportTaskLinks.List)).StatusCode);
        await highways.GetAsync("/staff/queue");
        Assert.False(LinksToSupport(highways));
    }
}

public class SupportTaskTestsOnSqlite(SqliteApp app) : SupportTaskTests(app);
public class SupportTaskTestsOnPostgres(PostgresApp app) : SupportTaskTests(app);
