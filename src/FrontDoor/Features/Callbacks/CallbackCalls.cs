using System.ComponentModel.DataAnnotations;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Callbacks;

public class CallbackOptions
{
    /// <summary>Unanswered calls before we stop trying and tell the customer.</summary>
    [Range(1, 10)] public int MaxAttempts { get; set; } = 3;
    /// <summary>How long after an unanswered call to try again.</summary>
    [Range(1, 1440)] public int RetryMinutes { get; set; } = 30;
}

public enum CallOutcome { Reached, NoAnswer }

public enum CallRecorded { Saved, Stale, AlreadyClosed }

/// <summary>
/// What happened when an agent called a customer back. Reached: the call is recorded as a contact, on the request it
/// was about if there is one. No answer: try again later, until the tries run out and the customer is told.
/// </summary>
public sealed class CallbackCalls(FrontDoorDb db, CaseWorkflow workflow, CallbackBooking booking, AuditLog audit, IOptions<CallbackOptions> options, TimeProvider clock)
{
    public async Task<CallRecorded> RecordAsync(Callback callback, int version, Actor actor, CallOutcome outcome, string? note, bool resolved, CancellationToken ct)
    {
        if (callback.State != CallbackState.Waiting) return CallRecorded.AlreadyClosed;
        var now = clock.GetUtcNow().UtcDateTime;
        var reached = outcome == CallOutcome.Reached;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        callback.AttemptsMade.Add(new CallbackAttempt { At = now, StaffId = actor.StaffId!.Value, Reached = reached, Note = note?.Trim() });
        callback.Attempts++;
        callback.TryAgainAt = null;
        if (reached) (callback.State, callback.ClosedAt, callback.ResolvedOnCall) = (CallbackState.Completed, now, resolved);
        else if (callback.Attempts >= options.Value.MaxAttempts)
        {
            (callback.State, callback.ClosedAt) = (CallbackState.NotReached, now);
            if (await booking.MessageAsync(MessageKey.CallbackMissed, callback, callback.Customer, null, now, ct) is { } message) db.OutboxMessages.Add(message);
        }
        else callback.TryAgainAt = now.AddMinutes(options.Value.RetryMinutes);
        audit.Add(actor, reached ? "Called a customer back" : "Tried to call a customer back", callback.CaseId, callback.CustomerId);
        if (!await db.TrySaveAsync(callback, version, ct)) return CallRecorded.Stale;

        if (reached)
        {
            var summary = $"Called back{(resolved ? ", settled on the call" : "")}: {note!.Trim()}";
            if (callback.CaseId is long caseId)
            {
                var c = await db.Cases.ForWorkflow().SingleAsync(x => x.Id == caseId, ct);
                if ((await workflow.RecordContactAsync(c, actor, Channel.Phone, summary, ct)).Result.Outcome != WorkflowOutcome.Saved) return CallRecorded.Stale;
            }
            else
            {
                db.Contacts.Add(new Contacts.Contact { CustomerId = callback.CustomerId, Channel = Channel.Phone, Purpose = Contacts.ContactPurpose.Enquiry,
                    At = now, StaffId = actor.StaffId, Summary = summary });
                await db.SaveChangesAsync(ct);
            }
        }
        await transaction.CommitAsync(ct);
        return CallRecorded.Saved;
    }
}
