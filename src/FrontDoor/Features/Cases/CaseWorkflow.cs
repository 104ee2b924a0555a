using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Events;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Staff;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

/// <summary>
/// What staff and connected systems do to a case. Each action checks the version the actor was looking at, writes
/// its timeline event, its audit entry, any message to the customer and the webhook events in one SaveChanges.
/// Methods return an error message for the page or API, or null when the change was saved.
/// The actor is the name the timeline shows: a member of staff, or a connected system.
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

    public async Task<string?> ChangeStatusAsync(Case c, int version, string actor, CaseStatus to, string? message, string siteBase, CancellationToken ct)
    {
        if (Transition(c, to, message) is string error) return error;
        Timeline(c, actor, TimelineEventType.StatusChanged, $"Status: {Case.StatusText(to)}", isPublic: true);
        if (!string.IsNullOrWhiteSpace(message)) TellCustomer(c, actor, message, siteBase);
        return await SaveAsync(c, version, $"Changed status to {to}", ct);
    }

    /// <summary>
    /// An update from a front end such as FixMyStreet: someone's comment, put on the timeline as public, with the status
    /// it asks for when the workflow allows that move. The customer is not sent it: it came from the public side.
    /// </summary>
    public async Task<(TimelineEvent? Update, string? Error)> AddExternalUpdateAsync(Case c, string actor, long apiClientId, string updateId,
        CaseStatus? to, string text, CancellationToken ct)
    {
        var moved = to is CaseStatus status && status != c.Status && Transition(c, status, text) is null;
        var update = Timeline(c, actor, TimelineEventType.PublicUpdate, text.Trim(), isPublic: true);
        update.ApiClientId = apiClientId;
        update.ExternalId = updateId;
        if (moved) Timeline(c, actor, TimelineEventType.StatusChanged, $"Status: {Case.StatusText(c.Status)}", isPublic: true).ApiClientId = apiClientId;
        return (update, await SaveAsync(c, c.Version, "Update from a connected system", ct));
    }

    /// <summary>Moves the case's status and its clock; an error when the workflow does not allow the move.</summary>
    string? Transition(Case c, CaseStatus to, string? outcome)
    {
        if (!NextStatuses(c.Status).Contains(to))
            return $"A case that is '{Case.StatusText(c.Status)}' cannot be moved to '{Case.StatusText(to)}'";
        if (Case.IsClosing(to) && string.IsNullOrWhiteSpace(outcome))
            return "Enter the outcome to tell the customer";
        // Waiting for the customer stops the clock: they must be told what we are waiting for.
        if (to == CaseStatus.OnHold && string.IsNullOrWhiteSpace(outcome))
            return "Enter what you need from the customer";
        if (c.Status == CaseStatus.OnHold) serviceClock.Resume(c, c.Service.StandardHours is not null);
        if (to == CaseStatus.OnHold) serviceClock.Pause(c);
        c.Status = to;
        if (Case.IsClosing(to))
        {
            c.ResolvedAt = Now;
            c.Outcome = outcome!.Trim();
        }
        else if (to == CaseStatus.Reopened)
        {
            c.ResolvedAt = null;
            c.Outcome = null;
        }
        return null;
    }

    public async Task<string?> AssignAsync(Case c, int version, string actor, string team, long? assigneeId, string priority, CancellationToken ct)
    {
        if (team != c.Team)
        {
            c.Team = team;
            c.AssigneeId = null;
            Timeline(c, actor, TimelineEventType.Assigned, $"Moved to the {team} team");
        }
        if (assigneeId != c.AssigneeId)
        {
            var assignee = assigneeId is null ? null
                : await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == assigneeId && s.IsActive && s.Team == team, ct);
            if (assigneeId is not null && assignee is null) return "Choose someone in the team the case belongs to";
            c.AssigneeId = assigneeId;
            Timeline(c, actor, TimelineEventType.Assigned, assignee is null ? "Returned to the team queue" : $"Assigned to {assignee.DisplayName}");
        }
        if (priority != c.Priority)
        {
            c.Priority = priority;
            Timeline(c, actor, TimelineEventType.PriorityChanged, $"Priority: {priority}");
        }
        return await SaveAsync(c, version, "Assigned case", ct);
    }

    public async Task<string?> AddNoteAsync(Case c, int version, string actor, string note, CancellationToken ct)
    {
        Timeline(c, actor, TimelineEventType.InternalNote, note.Trim());
        return await SaveAsync(c, version, "Added internal note", ct);
    }

    public async Task<string?> PostUpdateAsync(Case c, int version, string actor, string text, string siteBase, CancellationToken ct)
    {
        TellCustomer(c, actor, text, siteBase);
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
        Timeline(c, by.Name, TimelineEventType.Contact, $"Contact by {Requests.RequestIntake.ChannelText(channel)}, {what}: {contact.Summary}");
        audit.Add("Recorded contact", c.Id, c.CustomerId);
        await db.SaveChangesAsync(ct);
        return contact;
    }

    void TellCustomer(Case c, string actor, string text, string siteBase)
    {
        var filled = emails.FillPlaceholders(text.Trim(), c, c.Customer);
        Timeline(c, actor, TimelineEventType.PublicUpdate, filled, isPublic: true);
        if (c.Customer is not null && emails.Update(c, c.Customer, filled, siteBase, Now) is { } message) db.OutboxMessages.Add(message);
    }

    TimelineEvent Timeline(Case c, string actor, TimelineEventType type, string text, bool isPublic = false)
    {
        var item = new TimelineEvent { CaseId = c.Id, At = Now, Type = type, Text = text, IsPublic = isPublic, Actor = actor, Status = c.Status };
        db.TimelineEvents.Add(item);
        return item;
    }

    async Task<string?> SaveAsync(Case c, int version, string auditAction, CancellationToken ct)
    {
        if (c.Version != version) return StaleMessage;
        var resolving = c.ResolvedAt is not null && db.Entry(c).Property(x => x.ResolvedAt).OriginalValue is null;
        c.Version++;
        c.UpdatedAt = Now;
        audit.Add(auditAction, c.Id, c.CustomerId);
        CaseEvents.Add(db, EventTypes.CaseUpdated, c, Now);
        if (resolving) CaseEvents.Add(db, EventTypes.CaseResolved, c, Now);
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
