using System.ComponentModel.DataAnnotations;
using System.Text;
using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Cases;

public class EscalationOptions
{
    public bool Enabled { get; set; } = true;
    [Range(0.001, 1440)] public double PollMinutes { get; set; } = 5;
    [Range(1, 100_000)] public int BatchSize { get; set; } = 500;
}

/// <summary>
/// Warns each team's leaders by email about open cases due within a working day and cases that have
/// breached their standard: once per case and threshold. The escalation rows, the timeline events and
/// the emails are saved together, and a unique index on (case, threshold) means two instances
/// racing for the same case cannot both send.
/// </summary>
public sealed class EscalationJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<EscalationOptions> options,
    ILogger<EscalationJob> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await Shared.JobLoop.RunAsync("Escalation", TimeSpan.FromMinutes(options.Value.PollMinutes), clock, log,
            async ct => await RunOnceAsync(ct) >= options.Value.BatchSize, stoppingToken);
    }

    /// <summary>Escalates one batch; returns how many cases it escalated.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var serviceClock = scope.ServiceProvider.GetRequiredService<ServiceClock>();
        var wording = scope.ServiceProvider.GetRequiredService<Messages.MessageWording>();
        var council = scope.ServiceProvider.GetRequiredService<IOptions<Shared.Council.CouncilOptions>>().Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var soon = serviceClock.DueSoonLimit();
        var batch = options.Value.BatchSize;

        var overdue = await Candidates(db, EscalationThreshold.Overdue, c => c.DueAt < now).Take(batch).ToListAsync(ct);
        var dueSoon = await Candidates(db, EscalationThreshold.DueSoon, c => c.DueAt >= now && c.DueAt <= soon).Take(batch).ToListAsync(ct);
        var found = overdue.Select(c => (Case: c, Threshold: EscalationThreshold.Overdue))
            .Concat(dueSoon.Select(c => (Case: c, Threshold: EscalationThreshold.DueSoon))).ToList();
        if (found.Count == 0) return 0;

        var teams = found.Select(f => f.Case.TeamId).Distinct().ToList();
        var leaders = await db.StaffMembers.AsNoTracking()
            .Where(s => s.IsActive && s.Role == StaffRole.TeamLeader && s.TeamId != null && teams.Contains(s.TeamId.Value))
            .ToListAsync(ct);
        foreach (var team in found.GroupBy(f => f.Case.Team, (t, cases) => (Team: t, Cases: cases.ToList()), TeamById.Instance))
        {
            // The leaders hear of it; a team with none has it sent to its shared mailbox, so no warning goes nowhere.
            var recipients = leaders.Where(l => l.TeamId == team.Team.Id).Select(l => l.Email).ToList();
            if (recipients.Count == 0 && team.Team.Email is { } shared) recipients.Add(shared);
            if (recipients.Count == 0) log.LogWarning("Team {Team} has no team leader or shared mailbox to warn about {Count} cases", team.Team.Name, team.Cases.Count);
            var values = Messages.MessageWording.CouncilValues(council);
            values["team"] = team.Team.Name;
            values["case_count"] = team.Cases.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            values["case_list"] = CaseList(team.Cases);
            var (subject, body, _) = await wording.RenderAsync(Messages.MessageKey.EscalationWarning, MessageKind.Email, Messages.Languages.English, values, ct);
            foreach (var recipient in recipients)
                db.OutboxMessages.Add(new OutboxMessage
                {
                    Recipient = recipient,
                    Subject = subject,
                    Body = body,
                    CreatedAt = now,
                    NextAttemptAt = now,
                });
            foreach (var (c, threshold) in team.Cases)
            {
                db.Escalations.Add(new Escalation { CaseId = c.Id, Threshold = threshold, At = now });
                db.TimelineEvents.Add(new TimelineEvent
                {
                    CaseId = c.Id, At = now, Type = TimelineEventType.Escalated,
                    Text = threshold == EscalationThreshold.Overdue ? "Team leaders warned: past its service standard" : "Team leaders warned: due within a working day",
                });
            }
        }
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance escalated some of these first; its warnings stand and ours are dropped.
            log.LogInformation("Escalation batch overlapped another instance's; skipped");
            return 0;
        }
        return found.Count;
    }

    static IQueryable<Case> Candidates(FrontDoorDb db, EscalationThreshold threshold, System.Linq.Expressions.Expression<Func<Case, bool>> due) =>
        db.Cases.AsNoTracking().Include(c => c.Service).Include(c => c.Team)
            .Where(c => c.ResolvedAt == null && c.PausedAt == null)
            .Where(due)
            .Where(c => !db.Escalations.Any(e => e.CaseId == c.Id && e.Threshold == threshold))
            .OrderBy(c => c.DueAt);

    static string CaseList(List<(Case Case, EscalationThreshold Threshold)> cases)
    {
        var text = new StringBuilder();
        foreach (var group in cases.GroupBy(c => c.Threshold).OrderByDescending(g => g.Key))
        {
            text.Append(group.Key == EscalationThreshold.Overdue ? "\nPast their service standard:\n" : "\nDue within a working day:\n");
            foreach (var (c, _) in group)
                text.Append($"- {c.Reference}, {c.Service.Name}, due {UkDates.DateAndTime(c.DueAt)}\n");
        }
        return text.ToString();
    }
}

/// <summary>Teams read without tracking arrive as one object per case: grouped by id, they are one team.</summary>
sealed class TeamById : IEqualityComparer<Teams.Team>
{
    public static readonly TeamById Instance = new();
    public bool Equals(Teams.Team? x, Teams.Team? y) => x?.Id == y?.Id;
    public int GetHashCode(Teams.Team t) => t.Id.GetHashCode();
}
