using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Messages;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Slots;
using FrontDoor.Shared.Council;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Callbacks;

/// <param name="BookedBy">The agent booking for a caller; null when the resident books online.</param>
/// <param name="CustomerId">The customer the agent already found.</param>
public sealed record CallbackInput(string? FullName, string? Phone, string? Email, string? About, string? Reference, string? Window,
    Channel Channel, Actor? BookedBy = null, long? CustomerId = null);

public sealed record CallbackResult(Callback? Callback, List<(string Field, string Message)> Errors);

/// <summary>
/// Books a call back in a window of the callback diary, for the resident online or an agent for a caller: the same
/// checks, the same diary and the same confirmation, by email or a text.
/// </summary>
public sealed class CallbackBooking(FrontDoorDb db, DiarySlots slots, CustomerMatching matching, BookingMessages messages, AuditLog audit, TimeProvider clock,
    CallbackLinks links)
{
    public const int MaxAboutLength = 500;
    /// <summary>How many of the next windows with room are offered.</summary>
    public const int WindowsOffered = 12;
    public static readonly string[] FieldOrder = ["fullName", "phone", "email", "about", "reference", "window"];

    /// <summary>The contact centre's diary of call back windows, if the council has set one up.</summary>
    public Task<Diary?> DiaryAsync(CancellationToken ct) => db.Diaries.AsNoTracking().Include(d => d.Team).Include(d => d.Hours).Include(d => d.Closures)
        .Where(d => d.Use == DiaryUse.Callbacks && d.IsActive).OrderBy(d => d.Id).FirstOrDefaultAsync(ct);

    public async Task<List<OpenSlot>> WindowsAsync(Diary diary, CancellationToken ct)
    {
        var today = UkDates.DayOf(clock.GetUtcNow().UtcDateTime);
        return [.. (await slots.FreeAsync(diary, today, today.AddDays(diary.BookAheadDays), ct)).Take(WindowsOffered)];
    }

    public static List<(string Field, string Message)> Check(CallbackInput input)
    {
        var errors = new List<(string, string)>();
        if (input.CustomerId is null && RequestIntake.FullNameError(input.FullName) is { } name) errors.Add(("fullName", name));
        if (string.IsNullOrWhiteSpace(input.Phone)) errors.Add(("phone", "Enter the telephone number we should call"));
        else if (AnswerValidator.PhoneError(input.Phone) is { } phone) errors.Add(("phone", phone));
        if (AnswerValidator.EmailError(input.Email) is { } email) errors.Add(("email", email));
        if (AnswerValidator.TextError(input.About, MaxAboutLength, "Enter what you want to talk to us about", "What you want to talk about") is { } about)
            errors.Add(("about", about));
        if (CaseReference.OptionalError(input.Reference) is { } reference) errors.Add(("reference", reference));
        if (string.IsNullOrEmpty(input.Window)) errors.Add(("window", "Select a time for us to call you"));
        else if (SlotTimes.Parse(input.Window) is null) errors.Add(("window", SlotRefusals.Message(SlotRefusal.NotOffered)));
        return errors;
    }

    public async Task<CallbackResult> BookAsync(CallbackInput input, CancellationToken ct)
    {
        var errors = Check(input);
        if (errors.Count > 0) return new(null, errors);
        if (await DiaryAsync(ct) is not { } diary) return new(null, [("window", "Call backs cannot be booked at the moment. Call us instead")]);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var taking = await slots.TakeAsync(diary, SlotTimes.Parse(input.Window)!.Value, ct);
        if (taking.Slot is not { } slot) return new(null, [("window", SlotRefusals.Message(taking.Refusal!.Value))]);

        var customer = input.CustomerId is long id ? await db.Customers.SingleAsync(c => c.Id == id, ct)
            : await matching.FindOrCreateAsync(new(input.FullName!.Trim(), input.Email, input.Phone, null, null), now, ct);
        var reference = CaseReference.Normalise(input.Reference);
        // Linked only to the customer's own request (a record new now has none): a reference is not proof of whose it is.
        var about = reference is null || db.Entry(customer).State == EntityState.Added ? null
            : await db.Cases.Where(c => c.Reference == reference && c.CustomerId == customer.Id).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct);
        var callback = new Callback
        {
            Customer = customer, Phone = input.Phone!.Trim(), CaseId = about, SlotId = slot.Id, WindowStart = slot.Start, WindowEnd = slot.End,
            About = reference is not null && about is null ? $"{input.About!.Trim()} (reference given: {reference})" : input.About!.Trim(),
            Channel = input.Channel, BookedByStaffId = input.BookedBy?.StaffId, CreatedAt = now,
        };
        db.Callbacks.Add(callback);
        // Saved first, so a new customer has the id the confirmation names.
        await db.SaveChangesAsync(ct);
        if (await MessageAsync(MessageKey.CallbackBooked, callback, customer, input.Email, now, ct) is { } message) db.OutboxMessages.Add(message);
        Events.EventTypes.Publish(db, Events.EventTypes.CallbackRequested, "callback", CallbackJson.From(callback, customer, reference, diary.Team?.Name), now);
        if (input.BookedBy is { } agent) audit.Add(agent, "Booked a call back for a customer", about, customer.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(callback, []);
    }

    /// <summary>A message about a call back, by the quickest way we have to reach the customer.</summary>
    public Task<OutboxMessage?> MessageAsync(MessageKey key, Callback callback, Customer customer, string? email, DateTime now, CancellationToken ct)
    {
        var values = messages.Values(customer);
        values["phone"] = callback.Phone;
        values["window"] = UkDates.Window(callback.WindowStart, callback.WindowEnd);
        values["cancel_link"] = links.CancelUrl(callback.Id);
        return messages.ComposeAsync(key, customer, email, callback.Phone, values, now, ct);
    }

    /// <summary>Whether the customer may still call it off: it waits, and its window has not ended.</summary>
    public bool CanCancel(Callback callback) => callback.State == CallbackState.Waiting && callback.WindowEnd > clock.GetUtcNow().UtcDateTime;

    /// <summary>The customer calls off a call back they no longer need: its place in the window is free for someone else.</summary>
    public async Task<bool> CancelAsync(Callback callback, CancellationToken ct)
    {
        if (!CanCancel(callback)) return false;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await slots.ReleaseAsync(callback.SlotId, ct);
        (callback.State, callback.ClosedAt) = (CallbackState.Cancelled, clock.GetUtcNow().UtcDateTime);
        callback.Version++;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // An agent recorded a call at the same moment: theirs stands.
            return false;
        }
        await transaction.CommitAsync(ct);
        return true;
    }
}
