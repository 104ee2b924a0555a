using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

/// <summary>
/// What staff do to a case. Each action checks the version the member of staff was looking at, writes
/// its timeline event, its audit entry and any email to the customer in one SaveChanges.
/// Methods return an error message for the page, or null when the change was saved.
/// </summary>
public sealed class CaseWorkflow(FrontDoorDb db, ServiceClock serviceClock, TimeProvider clock, AuditLog audit, CaseNotifications emails)
{
    public const string StaleMessage = "Someone else changed this case while you had it open. Check the latest details, then try again";
    public const int MaxTextLength = 4000;

    static readonly CaseStatus[] Working = [CaseStatus.Investigating, CaseStatus.InProgress, CaseStatus.ActionScheduled];
    static readonly CaseStatus[] Closing = [.. Enum.GetValues<CaseStatus>().Where(Case.IsClosing)];

    /// <summary>Where a case may go next: open cases move freely between working states, can wait for the customer and can close; closed cases can only reopen.</summary>
    public static IReadOnlyList<CaseStatus> NextStatuses(CaseStatus from) =>
        Case.IsClosing(from) ? [CaseStatus.Reopened] : [.. Working.Append(CaseStatus.OnHold).Concat(Closing).Where(s => s != from)];

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<string?> ChangeStatusAsync(Case c, int version, StaffUser by, CaseStatus to, string? message, string siteBase, CancellationToken ct)
    {
        if (!NextStatuses(c.Status).Contains(to))
            return $"A case that is '{Case.StatusText(c.Status)}' cannot be moved to '{Case.StatusText(to)}'";
        if (Case.IsClosing(to) && string.IsNullOrWhiteSpace(message))
            return "Enter the outcome to tell the customer";
        if (c.Status == CaseStatus.OnHold) serviceClock.Resume(c, c.Service.StandardHours is not null);
        if (to == CaseStatus.OnHold) serviceClock.Pause(c);
        c.Status = to;
        if (Case.IsClosing(to))
        {
            c.ResolvedAt = Now;
            c.Outcome = message!.Trim();
        }
        else if (to == CaseStatus.Reopened)
        {
            c.ResolvedAt = null;
            c.Outcome = null;
        }
        Timeline(c, by, TimelineEventType.StatusChanged, $"Status: {Case.StatusText(to)}", isPublic: true);
        if (!string.IsNullOrWhiteSpace(message)) TellCustomer(c, by, message, siteBase);
        return await SaveAsync(c, version, $"Changed status to {to}", ct);
    }

    public async Task<string?> AssignAsync(Case c, int version, StaffUser by, string team, long? assigneeId, string priority, CancellationToken ct)
    {
        if (team != c.Team)
        {
            c.Team = team;
            c.AssigneeId = null;
            Timeline(c, by, TimelineEventType.Assigned, $"Moved to the {team} team");
        }
        if (assigneeId != c.AssigneeId)
        {
            var assignee = assigneeId is null ? null
                : await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == assigneeId && s.IsActive && s.Team == team, ct);
            if (assigneeId is not null && assignee is null) return "Choose someone in the team the case belongs to";
            c.AssigneeId = assigneeId;
            Timeline(c, by, TimelineEventType.Assigned, assignee is null ? "Returned to the team queue" : $"Assigned to {assignee.DisplayName}");
        }
        if (priority != c.Priority)
        {
            c.Priority = priority;
            Timeline(c, by, TimelineEventType.PriorityChanged, $"Priority: {priority}");
        }
        return await SaveAsync(c, version, "Assigned case", ct);
    }

    public async Task<string?> AddNoteAsync(Case c, int version, StaffUser by, string note, CancellationToken ct)
    {
        Timeline(c, by, TimelineEventType.InternalNote, note.Trim());
        return await SaveAsync(c, version, "Added internal note", ct);
    }

    public async Task<string?> PostUpdateAsync(Case c, int version, StaffUser by, string text, string siteBase, CancellationToken ct)
    {
        TellCustomer(c, by, text, siteBase);
        return await SaveAsync(c, version, "Posted public update", ct);
    }

    /// <summary>
    /// Records a contact from the customer about this case. While the case is open, that is progress
    /// chasing: avoidable contact, which the performance figures count.
    /// </summary>
    public async Task<Contact> RecordContactAsync(Case c, StaffUser by, Channel channel, string summary, CancellationToken ct)
    {
        var contact = new Contact
        {
            CustomerId = c.CustomerId, CaseId = c.Id, Channel = channel, At = Now, StaffId = by.Id, Summary = summary.Trim(),
            Purpose = c.IsOpen ? ContactPurpose.ProgressChasing : ContactPurpose.Enquiry,
        };
        db.Contacts.Add(contact);
        var what = contact.Purpose == ContactPurpose.ProgressChasing ? "chasing progress" : "about the closed case";
        Timeline(c, by, TimelineEventType.Contact, $"Contact by {Requests.RequestIntake.ChannelText(channel)}, {what}: {contact.Summary}");
        audit.Add("Recorded contact", c.Id, c.CustomerId);
        await db.SaveChangesAsync(ct);
        return contact;
    }

    void TellCustomer(Case c, StaffUser by, string text, string siteBase)
    {
        var filled = emails.FillPlaceholders(text.Trim(), c, c.Customer);
        Timeline(c, by, TimelineEventType.PublicUpdate, filled, isPublic: true);
        if (c.Customer is not null && emails.Update(c, c.Customer, filled, siteBase, Now) is { } message) db.OutboxMessages.Add(message);
    }

    void Timeline(Case c, StaffUser by, TimelineEventType type, string text, bool isPublic = false) =>
        db.TimelineEvents.Add(new TimelineEvent { CaseId = c.Id, At = Now, Type = type, Text = text, IsPublic = isPublic, Actor = by.Name });

    async Task<string?> SaveAsync(Case c, int version, string auditAction, CancellationToken ct)
    {
        if (c.Version != version) return StaleMessage;
        c.Version++;
        c.UpdatedAt = Now;
        audit.Add(auditAction, c.Id, c.CustomerId);
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the version in the database moved on.
            return StaleMessage;
        }
    }
}
