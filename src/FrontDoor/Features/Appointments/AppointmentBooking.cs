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
using FrontDoor.Features.SupportTasks;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Appointments;

/// <summary>What is being booked: the type, how they meet, and where when in person.</summary>
public sealed record AppointmentChoice(AppointmentType Type, AppointmentModes Mode, Location? Place);

/// <param name="BookedBy">The agent booking for a caller; null when the resident books online.</param>
public sealed record AppointmentInput(string? FullName, string? Email, string? Phone, string? About, string? Reference,
    IReadOnlyList<string> Needs, string? InterpreterLanguage, Channel Channel, Actor? BookedBy = null, long? CustomerId = null);

public sealed record AppointmentResult(Appointment? Appointment, List<(string Field, string Message)> Errors);

/// <summary>
/// Books, moves and cancels appointments in officers' diaries: the times the suitable officers have free, the most
/// suitable of them for the resident's needs, the support those needs call for, and the messages that confirm it.
/// </summary>
public sealed class AppointmentBooking(FrontDoorDb db, DiarySlots slots, CustomerMatching matching, SupportPlanning support,
    BookingMessages messages, AppointmentLinks links, AuditLog audit, TimeProvider clock)
{
    public const int MaxAboutLength = 500;
    public static readonly string[] FieldOrder = ["fullName", "email", "phone", "about", "reference", "needs", "interpreterLanguage", "start"];

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A caller an agent found, as they are now (not a record merged into another).</summary>
    public Task<Customer?> CallerAsync(long id, CancellationToken ct) =>
        db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.MergedIntoId == null, ct);

    public Task<List<AppointmentType>> TypesAsync(CancellationToken ct) =>
        db.AppointmentTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Name).ToListAsync(ct);

    public Task<AppointmentType?> TypeAsync(string? slug, CancellationToken ct) =>
        db.AppointmentTypes.AsNoTracking().Include(t => t.Team).SingleOrDefaultAsync(t => t.Slug == slug && t.IsActive, ct);

    /// <summary>The places where an officer who can take this type sees people.</summary>
    public async Task<List<Location>> PlacesAsync(AppointmentType type, CancellationToken ct)
    {
        var diaries = await DiariesAsync(type, AppointmentModes.InPerson, null, ct);
        return [.. diaries.Select(d => d.Location!).DistinctBy(l => l.Id).OrderBy(l => l.Name)];
    }

    public async Task<Location?> PlaceAsync(long? id, CancellationToken ct) =>
        id is null ? null : await db.Locations.AsNoTracking().SingleOrDefaultAsync(l => l.Id == id && l.IsActive, ct);

    /// <summary>
    /// The appointment diaries that could take this booking: the type's team's officers (those with its specialism, when
    /// it needs one), at the place for an appointment in person.
    /// </summary>
    async Task<List<Diary>> DiariesAsync(AppointmentType type, AppointmentModes mode, long? placeId, CancellationToken ct)
    {
        var query = db.Diaries.AsNoTracking().Include(d => d.Hours).Include(d => d.Closures).Include(d => d.Location)
            .Where(d => d.IsActive && d.Use == DiaryUse.Appointments && d.TeamId == type.TeamId && d.OfficerId != null);
        if (mode == AppointmentModes.InPerson)
            query = placeId is null ? query.Where(d => d.LocationId != null && d.Location!.IsActive) : query.Where(d => d.LocationId == placeId);
        if (type.Specialism is { } specialism)
            query = query.Where(d => db.OfficerSkills.Any(s => s.StaffId == d.OfficerId && s.Kind == SkillKind.Specialism && s.Value == specialism));
        return await query.OrderBy(d => d.Id).AsSplitQuery().ToListAsync(ct);
    }

    /// <summary>The times any suitable officer has free from one UK day to another, with how many of them are free.</summary>
    public async Task<List<OpenSlot>> FreeAsync(AppointmentChoice choice, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var free = await slots.FreeInAsync(await DiariesAsync(choice.Type, choice.Mode, choice.Place?.Id, ct), from, to, ct);
        return [.. free.Select(s => s with { End = s.Start.AddMinutes(choice.Type.DurationMinutes) })];
    }

    /// <summary>Every time free from today to as far ahead as the diaries take bookings.</summary>
    public async Task<List<OpenSlot>> FreeAheadAsync(AppointmentChoice choice, CancellationToken ct)
    {
        var today = UkDates.DayOf(Now);
        var ahead = await DiariesAsync(choice.Type, choice.Mode, choice.Place?.Id, ct) is { Count: > 0 } diaries ? diaries.Max(d => d.BookAheadDays) : 0;
        return await FreeAsync(choice, today, today.AddDays(ahead), ct);
    }

    public static List<(string Field, string Message)> Check(AppointmentInput input, AppointmentModes mode)
    {
        var errors = new List<(string, string)>();
        if (input.CustomerId is null && RequestIntake.FullNameError(input.FullName) is { } name) errors.Add(("fullName", name));
        if (AnswerValidator.EmailError(input.Email) is { } badEmail) errors.Add(("email", badEmail));
        if (AnswerValidator.PhoneError(input.Phone) is { } badPhone) errors.Add(("phone", badPhone));
        else if (string.IsNullOrWhiteSpace(input.Phone) && mode == AppointmentModes.Phone) errors.Add(("phone", "Enter the telephone number we should call"));
        else if (input.CustomerId is null && string.IsNullOrWhiteSpace(input.Phone) && string.IsNullOrWhiteSpace(input.Email))
            errors.Add(("email", "Enter an email address or a telephone number, so we can confirm the appointment"));
        if (AnswerValidator.TextError(input.About, MaxAboutLength, "Enter what the appointment is about", "What the appointment is about") is { } about)
            errors.Add(("about", about));
        if (CaseReference.OptionalError(input.Reference) is { } reference) errors.Add(("reference", reference));
        foreach (var (field, error) in AssistanceNeeds.Errors(input.Needs, input.InterpreterLanguage)) errors.Add((AssistanceNeeds.FieldId(field), error));
        return errors;
    }

    public async Task<AppointmentResult> BookAsync(AppointmentChoice choice, string? start, AppointmentInput input, CancellationToken ct)
    {
        var errors = Check(input, choice.Mode);
        var at = SlotTimes.Parse(start);
        if (at is null) errors.Add(("start", SlotRefusals.Message(SlotRefusal.NotOffered)));
        if (errors.Count > 0) return new(null, errors);

        var customer = input.CustomerId is long id ? await db.Customers.SingleAsync(c => c.Id == id, ct)
            : await matching.FindOrCreateAsync(new(input.FullName!.Trim(), input.Email, input.Phone, null, null), Now, ct);
        // What they told us before comes too: tell us once.
        var needs = AssistanceNeeds.Codes(customer.AssistanceNeeds).Union(input.Needs).ToList();
        var language = string.IsNullOrWhiteSpace(input.InterpreterLanguage) ? customer.InterpreterLanguage : input.InterpreterLanguage.Trim();
        var officers = await SuitableAsync(choice, needs, language, ct);
        var reference = CaseReference.Normalise(input.Reference);
        // Linked only to the customer's own request (a record new now has none): a reference is not proof of whose it is.
        var about = reference is null || db.Entry(customer).State == EntityState.Added ? null
            : await db.Cases.Where(c => c.Reference == reference && c.CustomerId == customer.Id).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct);

        // Everything read first: a SQLite transaction that reads before it writes can be refused its write by another's.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var taken = await TakeFirstAsync(officers, at!.Value, ct);
        if (taken.Refusal is { } refusal) return new(null, [("start", SlotRefusals.Message(refusal))]);
        var appointment = new Appointment
        {
            Reference = CaseReference.New(), AppointmentTypeId = choice.Type.Id, Mode = choice.Mode, DiaryId = taken.Diary!.Id, SlotId = taken.Slot!.Id,
            Start = taken.Slot.Start, End = taken.Slot.Start.AddMinutes(choice.Type.DurationMinutes), Customer = customer,
            Phone = Blank(input.Phone), Email = Blank(input.Email), CaseId = about,
            About = reference is not null && about is null ? $"{input.About!.Trim()} (reference given: {reference})" : input.About!.Trim(),
            Needs = AssistanceNeeds.Store(needs), InterpreterLanguage = needs.Contains(AssistanceNeeds.Interpreter) ? language : null,
            Channel = input.Channel, BookedByStaffId = input.BookedBy?.StaffId, CreatedAt = Now,
        };
        db.Appointments.Add(appointment);
        await support.AddForAppointmentAsync(appointment, taken.Skills, ct);
        // Saved first, so a new customer has the id the confirmation names.
        await db.SaveChangesAsync(ct);
        await MessageAsync(MessageKey.AppointmentBooked, appointment, choice, ct);
        Events.EventTypes.Publish(db, Events.EventTypes.AppointmentBooked, "appointment", AppointmentJson.From(appointment, choice, customer), Now);
        if (input.BookedBy is { } agent) audit.Add(agent, "Booked an appointment for a customer", about, customer.Id);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(appointment, []);
    }

    /// <summary>Moves a booked appointment to another free time, perhaps with another officer; the old place is given back.</summary>
    public async Task<(bool Moved, string? Error)> MoveAsync(Appointment appointment, string? start, Actor actor, CancellationToken ct)
    {
        if (!appointment.IsUpcoming) return (false, "This appointment can no longer be changed");
        if (SlotTimes.Parse(start) is not { } at) return (false, SlotRefusals.Message(SlotRefusal.NotOffered));
        var choice = await ChoiceOfAsync(appointment, ct);
        var officers = await SuitableAsync(choice, AssistanceNeeds.Codes(appointment.Needs), appointment.InterpreterLanguage, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var taken = await TakeFirstAsync(officers, at, ct);
        if (taken.Refusal is { } refusal) return (false, SlotRefusals.Message(refusal));
        await slots.ReleaseAsync(appointment.SlotId, ct);
        await support.CancelForAppointmentAsync(appointment.Id, ct);
        (appointment.DiaryId, appointment.SlotId, appointment.Start) = (taken.Diary!.Id, taken.Slot!.Id, taken.Slot.Start);
        appointment.End = appointment.Start.AddMinutes(choice.Type.DurationMinutes);
        (appointment.DayBeforeReminderAt, appointment.MorningReminderAt) = (null, null);
        appointment.Version++;
        await support.AddForAppointmentAsync(appointment, taken.Skills, ct);
        await MessageAsync(MessageKey.AppointmentChanged, appointment, choice, ct);
        if (actor.StaffId is not null) audit.Add(actor, "Changed a customer's appointment", appointment.CaseId, appointment.CustomerId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (true, null);
    }

    /// <summary>Cancels a booked appointment: its place is free for someone else and the support for it is called off.</summary>
    public async Task<bool> CancelAsync(Appointment appointment, Actor actor, CancellationToken ct)
    {
        if (!appointment.IsUpcoming) return false;
        var choice = await ChoiceOfAsync(appointment, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        appointment.State = AppointmentState.Cancelled;
        appointment.ClosedAt = Now;
        appointment.Version++;
        await slots.ReleaseAsync(appointment.SlotId, ct);
        await support.CancelForAppointmentAsync(appointment.Id, ct);
        await MessageAsync(MessageKey.AppointmentCancelled, appointment, choice, ct);
        Events.EventTypes.Publish(db, Events.EventTypes.AppointmentCancelled, "appointment",
            AppointmentJson.From(appointment, choice, appointment.Customer ?? await db.Customers.SingleAsync(c => c.Id == appointment.CustomerId, ct)), Now);
        if (actor.StaffId is not null) audit.Add(actor, "Cancelled a customer's appointment", appointment.CaseId, appointment.CustomerId);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task<AppointmentChoice> ChoiceOfAsync(Appointment appointment, CancellationToken ct)
    {
        var type = await db.AppointmentTypes.AsNoTracking().SingleAsync(t => t.Id == appointment.AppointmentTypeId, ct);
        var place = appointment.Mode == AppointmentModes.InPerson
            ? await db.Diaries.Where(d => d.Id == appointment.DiaryId).Select(d => d.Location).SingleAsync(ct) : null;
        return new(type, appointment.Mode, place);
    }

    sealed record Officer(Diary Diary, List<OfficerSkill> Skills);

    sealed record Taking(Diary? Diary, Slot? Slot, List<OfficerSkill> Skills, SlotRefusal? Refusal);

    /// <summary>
    /// The officers who could take it, most suitable first: one who speaks the resident's language or signs, so no
    /// interpreter is needed, before one who does not; among equals, by diary order.
    /// </summary>
    async Task<List<Officer>> SuitableAsync(AppointmentChoice choice, IReadOnlyCollection<string> needs, string? language, CancellationToken ct)
    {
        var diaries = await DiariesAsync(choice.Type, choice.Mode, choice.Place?.Id, ct);
        var ids = diaries.Select(d => d.OfficerId!.Value).ToList();
        var skills = (await db.OfficerSkills.AsNoTracking().Where(s => ids.Contains(s.StaffId)).ToListAsync(ct)).ToLookup(s => s.StaffId);
        return [.. diaries.Select(d => new Officer(d, [.. skills[d.OfficerId!.Value]])).OrderBy(o => SupportPlanning.ForMeeting(needs, language, o.Skills).Count)];
    }

    /// <summary>Takes the time with the first of the officers free then.</summary>
    async Task<Taking> TakeFirstAsync(List<Officer> officers, DateTime start, CancellationToken ct)
    {
        var (diary, taking) = await slots.TakeFirstAsync(officers.Select(o => o.Diary), start, ct);
        return new(diary, taking.Slot, diary is null ? [] : officers.First(o => o.Diary == diary).Skills, taking.Refusal);
    }

    async Task MessageAsync(MessageKey key, Appointment appointment, AppointmentChoice choice, CancellationToken ct)
    {
        var customer = appointment.Customer ?? await db.Customers.SingleAsync(c => c.Id == appointment.CustomerId, ct);
        var values = Values(messages.Values(customer), appointment, choice);
        if (await messages.ComposeAsync(key, customer, appointment.Email, appointment.Phone, values, Now, ct) is { } message) db.OutboxMessages.Add(message);
    }

    /// <summary>What appointment messages may name.</summary>
    public Dictionary<string, string> Values(Dictionary<string, string> values, Appointment appointment, AppointmentChoice choice)
    {
        values["reference"] = appointment.Reference;
        values["appointment"] = choice.Type.Name;
        values["when"] = UkDates.Window(appointment.Start, appointment.End);
        values["where"] = choice.Mode == AppointmentModes.InPerson && choice.Place is { } place
            ? $"{place.Name}, {place.Address.ReplaceLineEndings(", ")}"
            : choice.Mode == AppointmentModes.Phone ? $"By phone: we will call you on {appointment.Phone}" : "By video call: we will send you a link to join";
        values["manage_link"] = links.ManageUrl(appointment.Reference);
        return values;
    }

    static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
