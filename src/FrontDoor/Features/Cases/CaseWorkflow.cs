using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Events;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Messages;
using FrontDoor.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

/// <summary>
/// Every change to a case after intake. Each action checks the version the actor was looking at, writes its timeline
/// event, its audit entry, any message to the customer and the webhook events in one SaveChanges, and bumps the version.
/// The actor is who the timeline and the audit trail name: a member of staff, a resident, a connected system or FrontDoor.
/// </summary>
public sealed class CaseWorkflow(FrontDoorDb db, ServiceClock serviceClock, TimeProvider clock, AuditLog audit, CaseNotifications emails,
    Slots.DiarySlots slots)
{
    public const int MaxTextLength = 4000;

    static readonly CaseStatus[] Working = [CaseStatus.Investigating, CaseStatus.InProgress, CaseStatus.ActionScheduled];
    static readonly CaseStatus[] Closing = [.. Enum.GetValues<CaseStatus>().Where(Case.IsClosing)];

    /// <summary>Where a case may go next: open cases move freely between working states, can wait for the customer and can close; closed cases can only reopen.</summary>
    public static IReadOnlyList<CaseStatus> NextStatuses(CaseStatus from) =>
        Case.IsClosing(from) ? [CaseStatus.Reopened] : [.. Working.Append(CaseStatus.OnHold).Concat(Closing).Where(s => s != from)];

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<WorkflowResult> ChangeStatusAsync(Case c, int version, Actor actor, CaseStatus to, string? message, string siteBase, CancellationToken ct)
    {
        if (Transition(c, to, message) is { } refused) return refused;
        Timeline(c, actor, TimelineEventType.StatusChanged, $"Status: {Case.StatusText(to)}", isPublic: true);
        if (!string.IsNullOrWhiteSpace(message))
            await TellCustomerAsync(Case.IsClosing(to) ? MessageKey.Closed : to == CaseStatus.OnHold ? MessageKey.ActionRequired : MessageKey.StatusChanged,
                c, actor, message, siteBase, ct);
        return await SaveAsync(c, version, actor, $"Changed status to {to}", ct);
    }

    /// <summary>
    /// An update from a front end such as FixMyStreet: someone's comment, put on the timeline as public, with the status
    /// it asks for when the workflow allows that move. The customer is not sent it: it came from the public side.
    /// </summary>
    public async Task<(TimelineEvent Update, WorkflowResult Result)> AddExternalUpdateAsync(Case c, Actor actor, string updateId,
        CaseStatus? to, string text, CancellationToken ct)
    {
        var moved = to is CaseStatus status && status != c.Status && Transition(c, status, text) is null;
        var update = Timeline(c, actor, TimelineEventType.PublicUpdate, text.Trim(), isPublic: true);
        update.ExternalId = updateId;
        if (moved) Timeline(c, actor, TimelineEventType.StatusChanged, $"Status: {Case.StatusText(c.Status)}", isPublic: true);
        return (update, await SaveAsync(c, c.Version, actor, "Update from a connected system", ct));
    }

    /// <summary>Moves the case's status and its clock; the reason when the workflow does not allow the move.</summary>
    WorkflowResult? Transition(Case c, CaseStatus to, string? outcome)
    {
        if (!NextStatuses(c.Status).Contains(to))
            return WorkflowResult.Invalid(CaseField.Status, $"A case that is '{Case.StatusText(c.Status)}' cannot be moved to '{Case.StatusText(to)}'");
        if (Case.IsClosing(to) && string.IsNullOrWhiteSpace(outcome))
            return WorkflowResult.Invalid(CaseField.Message, "Enter the outcome to tell the customer");
        // Waiting for the customer stops the clock: they must be told what we are waiting for.
        if (to == CaseStatus.OnHold && string.IsNullOrWhiteSpace(outcome))
            return WorkflowResult.Invalid(CaseField.Message, "Enter what you need from the customer");
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
            c.Reopens++;
        }
        return null;
    }

    public async Task<WorkflowResult> AssignAsync(Case c, int version, Actor actor, Teams.Team team, long? assigneeId, CasePriority priority, CancellationToken ct)
    {
        if (team.Id != c.TeamId)
        {
            (c.TeamId, c.Team) = (team.Id, team);
            c.AssigneeId = null;
            c.Transfers++;
            Timeline(c, actor, TimelineEventType.Assigned, $"Moved to the {team.Name} team");
        }
        if (assigneeId != c.AssigneeId)
        {
            var assignee = assigneeId is null ? null
                : await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == assigneeId && s.IsActive && s.TeamId == team.Id, ct);
            if (assigneeId is not null && assignee is null) return WorkflowResult.Invalid(CaseField.Assignee, "Choose someone in the team the case belongs to");
            c.AssigneeId = assigneeId;
            Timeline(c, actor, TimelineEventType.Assigned, assignee is null ? "Returned to the team queue" : $"Assigned to {assignee.DisplayName}");
        }
        if (priority != c.Priority)
        {
            c.Priority = priority;
            Timeline(c, actor, TimelineEventType.PriorityChanged, $"Priority: {Priorities.Code(priority)}");
        }
        return await SaveAsync(c, version, actor, "Assigned case", ct);
    }

    public async Task<WorkflowResult> AddNoteAsync(Case c, int version, Actor actor, string note, CancellationToken ct)
    {
        Timeline(c, actor, TimelineEventType.InternalNote, note.Trim());
        return await SaveAsync(c, version, actor, "Added internal note", ct);
    }

    public async Task<WorkflowResult> PostUpdateAsync(Case c, int version, Actor actor, string text, string siteBase, CancellationToken ct)
    {
        await TellCustomerAsync(MessageKey.Update, c, actor, text, siteBase, ct);
        return await SaveAsync(c, version, actor, "Posted public update", ct);
    }

    /// <summary>
    /// Records a contact from the customer about this case. While the case is open, that is progress
    /// chasing: avoidable contact, which the performance figures count.
    /// </summary>
    public async Task<(Contact Contact, WorkflowResult Result)> RecordContactAsync(Case c, Actor actor, Channel channel, string summary, CancellationToken ct)
    {
        var contact = new Contact
        {
            CustomerId = c.CustomerId, CaseId = c.Id, Channel = channel, At = Now, StaffId = actor.StaffId, Summary = summary.Trim(),
            Purpose = c.IsOpen ? ContactPurpose.ProgressChasing : ContactPurpose.Enquiry,
        };
        db.Contacts.Add(contact);
        var what = contact.Purpose == ContactPurpose.ProgressChasing ? "chasing progress" : "about the closed case";
        Timeline(c, actor, TimelineEventType.Contact, $"Contact by {Channels.Text(channel)}, {what}: {contact.Summary}");
        // A contact is news, not an edit: it is recorded whatever the case looked like when the call began.
        return (contact, await SaveAsync(c, c.Version, actor, "Recorded contact", ct));
    }

    /// <summary>
    /// How an appointment about the case went. Attended, it was a contact to deal with the case (not chasing it), on the
    /// channel they met by; missed, a note for whoever has the case.
    /// </summary>
    public async Task<WorkflowResult> RecordAppointmentAsync(Case c, Actor actor, Channel channel, bool attended, string text, CancellationToken ct)
    {
        if (attended)
            db.Contacts.Add(new Contact { CustomerId = c.CustomerId, CaseId = c.Id, Channel = channel, At = Now, StaffId = actor.StaffId, Summary = text, Purpose = ContactPurpose.Enquiry });
        Timeline(c, actor, attended ? TimelineEventType.Contact : TimelineEventType.InternalNote, text);
        return await SaveAsync(c, c.Version, actor, "Recorded an appointment's outcome", ct);
    }

    /// <summary>
    /// What the customer sent online about their open case: the answer to what we asked while it waited for them, which
    /// starts its clock again, or more information. Either is a contact on the web, not progress chasing, and whoever
    /// has the case is told.
    /// </summary>
    public async Task<WorkflowResult> AddFromCustomerAsync(Case c, int version, Actor actor, string text, UploadedFile? file, string siteBase, CancellationToken ct)
    {
        if (!c.IsOpen) return WorkflowResult.Invalid(CaseField.Message, "This request has been closed, so nothing more can be added to it");
        var answering = c.Status == CaseStatus.OnHold;
        var said = text.Trim();
        db.Contacts.Add(new Contact { CustomerId = c.CustomerId, CaseId = c.Id, Channel = Channel.Web, At = Now, Purpose = ContactPurpose.Update, Summary = said });
        Timeline(c, actor, TimelineEventType.FromCustomer, $"{(answering ? "Answer" : "More information")} sent online: {said}", isPublic: true);
        if (file is not null)
        {
            db.Attachments.Add(new Attachment { CaseId = c.Id, FileName = file.FileName, ContentType = file.ContentType, Content = file.Content, CreatedAt = Now });
            Timeline(c, actor, TimelineEventType.Attachment, $"File sent online: {file.FileName}", isPublic: true);
        }
        if (answering)
        {
            Transition(c, CaseStatus.InProgress, null);
            Timeline(c, actor, TimelineEventType.StatusChanged, $"Status: {Case.StatusText(c.Status)}", isPublic: true);
        }
        foreach (var recipient in await WhoeverHasItAsync(c, ct))
            db.OutboxMessages.Add(await emails.CustomerRepliedAsync(c, recipient, answering ? "answered what we asked" : "added information", siteBase, Now, ct));
        return await SaveAsync(c, version, actor, answering ? "Customer answered online" : "Customer added information online", ct);
    }

    /// <summary>The officer the case is assigned to; or else the team's shared mailbox; or else its team leaders.</summary>
    async Task<List<string>> WhoeverHasItAsync(Case c, CancellationToken ct)
    {
        var assignee = c.AssigneeId is null ? null
            : await db.StaffMembers.Where(s => s.Id == c.AssigneeId && s.IsActive).Select(s => s.Email).SingleOrDefaultAsync(ct);
        if (assignee is not null) return [assignee];
        if (c.Team.Email is { } shared) return [shared];
        return await db.StaffMembers.Where(s => s.IsActive && s.Role == Staff.StaffRole.TeamLeader && s.TeamId == c.TeamId).Select(s => s.Email).ToListAsync(ct);
    }

    /// <summary>The help the case's customer needs to communicate, as they told whoever is working the case. Kept on the customer.</summary>
    public async Task<WorkflowResult> RecordNeedsAsync(Case c, int version, Actor actor, IReadOnlyList<string> needs, string? interpreterLanguage, CancellationToken ct)
    {
        var customer = c.Customer ?? throw new InvalidOperationException("The case has no customer");
        AssistanceNeeds.Apply(customer, needs, interpreterLanguage);
        Timeline(c, actor, TimelineEventType.InternalNote,
            $"Customer's help to communicate recorded: {AssistanceNeeds.Describe(customer.AssistanceNeeds, customer.InterpreterLanguage)}");
        return await SaveAsync(c, version, actor, "Changed customer's assistance needs", ct);
    }

    /// <summary>
    /// Notes on each of a customer's open cases something they changed about themselves, so whoever works the case sees it.
    /// Staged in the caller's unit of work (the customer's own change), which saves it.
    /// </summary>
    public async Task NoteOnOpenCasesAsync(long customerId, Actor actor, string note, CancellationToken ct)
    {
        var open = await db.Cases.Include(c => c.Service).Include(c => c.Team).Where(c => c.CustomerId == customerId && c.ResolvedAt == null).ToListAsync(ct);
        foreach (var c in open)
        {
            Timeline(c, actor, TimelineEventType.InternalNote, note);
            Touch(c);
        }
    }

    async Task TellCustomerAsync(MessageKey key, Case c, Actor actor, string text, string siteBase, CancellationToken ct)
    {
        var filled = emails.Fill(text.Trim(), c, c.Customer, siteBase);
        Timeline(c, actor, TimelineEventType.PublicUpdate, filled, isPublic: true);
        if (c.Customer is not null && await emails.UpdateAsync(key, c, c.Customer, filled, siteBase, Now, ct) is { } message) db.OutboxMessages.Add(message);
    }

    TimelineEvent Timeline(Case c, Actor actor, TimelineEventType type, string text, bool isPublic = false)
    {
        var item = new TimelineEvent
        {
            CaseId = c.Id, At = Now, Type = type, Text = text, IsPublic = isPublic, Actor = actor.Name, Status = c.Status, ApiClientId = actor.ApiClientId,
        };
        db.TimelineEvents.Add(item);
        return item;
    }

    /// <summary>Bumps the version and publishes the change (and the resolution, when this change resolved it).</summary>
    void Touch(Case c)
    {
        var resolving = c.ResolvedAt is not null && db.Entry(c).Property(x => x.ResolvedAt).OriginalValue is null;
        c.Version++;
        c.UpdatedAt = Now;
        CaseEvents.Add(db, EventTypes.CaseUpdated, c, Now);
        if (resolving) CaseEvents.Add(db, EventTypes.CaseResolved, c, Now);
    }

    async Task<WorkflowResult> SaveAsync(Case c, int version, Actor actor, string auditAction, CancellationToken ct)
    {
        if (c.Version != version) return WorkflowResult.Stale;
        // A cancelled booked service gives its date back, in the same transaction, so someone else can book it.
        if (c.Status == CaseStatus.Cancelled && c.BookedSlotId is long slotId) return await SaveFreeingAsync(c, slotId, actor, auditAction, ct);
        Touch(c);
        audit.Add(actor, auditAction, c.Id, c.CustomerId);
        try
        {
            await db.SaveChangesAsync(ct);
            return WorkflowResult.Saved;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: the version in the database moved on.
            return WorkflowResult.Stale;
        }
    }

    async Task<WorkflowResult> SaveFreeingAsync(Case c, long slotId, Actor actor, string auditAction, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await slots.ReleaseAsync(slotId, ct);
        c.BookedSlotId = null;
        Timeline(c, actor, TimelineEventType.InternalNote, "The booked date was given back for someone else to book");
        var result = await SaveAsync(c, c.Version, actor, auditAction, ct);
        if (result.Succeeded) await transaction.CommitAsync(ct);
        return result;
    }
}

public static class CaseLoading
{
    /// <summary>A case with what the workflow's events and messages name: its service, team and customer.</summary>
    public static IQueryable<Case> ForWorkflow(this IQueryable<Case> cases) => cases.Include(c => c.Service).Include(c => c.Team).Include(c => c.Customer);
}
