using FrontDoor.Data;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Messages;
using FrontDoor.Features.Slots;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Appointments;

/// <summary>An appointment as the API and its webhooks give it: times in UTC, ways of meeting by name.</summary>
public sealed record AppointmentJson(string Reference, string Type, string Mode, string? Place, DateTime Start, DateTime End, string State,
    string CustomerName, string? Email, string? Phone, string About, IReadOnlyList<string> Needs, string? InterpreterLanguage)
{
    public static AppointmentJson From(Appointment a, AppointmentChoice choice, Customers.Customer customer) => new(
        a.Reference, choice.Type.Slug, AppointmentSteps.ModeName(a.Mode), choice.Place?.Name, a.Start, a.End, MessageNames.Of(a.State),
        customer.FullName, a.Email, a.Phone, a.About, Customers.AssistanceNeeds.Codes(a.Needs), a.InterpreterLanguage);
}

/// <summary>Appointments for a council's booking system or telephony (appointments:write): the same diaries, checks and messages as the pages.</summary>
public static class AppointmentsApi
{
    public record TypeJson(string Slug, string Name, string Description, string Team, IReadOnlyList<string> Modes, int DurationMinutes, IReadOnlyList<PlaceJson> Places);
    public record PlaceJson(long Id, string Name, string Address);
    public record FreeTime(DateTime Start, DateTime End, int Free);
    public record BookAppointment(string? Type, string? Mode, long? Place, string? Start, string? FullName, string? Email, string? Phone, string? About,
        string? Reference, List<string>? Needs, string? InterpreterLanguage);
    public record MoveAppointment(string? Start);

    public static void Map(RouteGroupBuilder group)
    {
        var write = ApiClientsSetup.PolicyFor(ApiScopes.Appointments);
        group.MapGet("/types", TypesAsync).RequireAuthorization(write).WithName("ListAppointmentTypes").WithSummary("What can be booked, how and where");
        group.MapGet("/types/{slug}/free", FreeAsync).RequireAuthorization(write).WithName("ListFreeAppointmentTimes")
            .WithSummary("Free times for a type, way of meeting and place, from one UK day to another (at most 31 days)");
        group.MapPost("/", BookAsync).RequireAuthorization(write).WithName("BookAppointment").WithSummary("Book an appointment with the most suitable officer free");
        group.MapGet("/{reference}", GetAsync).RequireAuthorization(write).WithName("GetAppointment").WithSummary("One appointment");
        group.MapPost("/{reference}/move", MoveAsync).RequireAuthorization(write).WithName("MoveAppointment").WithSummary("Move an appointment to another free time");
        group.MapPost("/{reference}/cancel", CancelAsync).RequireAuthorization(write).WithName("CancelAppointment").WithSummary("Cancel an appointment");
    }

    static async Task<Ok<List<TypeJson>>> TypesAsync(FrontDoorDb db, AppointmentBooking booking, CancellationToken ct)
    {
        var types = await db.AppointmentTypes.AsNoTracking().Include(t => t.Team).Where(t => t.IsActive).OrderBy(t => t.Name).ToListAsync(ct);
        var list = new List<TypeJson>();
        foreach (var t in types)
        {
            var places = t.Modes.HasFlag(AppointmentModes.InPerson) ? await booking.PlacesAsync(t, ct) : [];
            list.Add(new(t.Slug, t.Name, t.Description, t.Team.Name, [.. AppointmentText.Each(t.Modes).Select(AppointmentSteps.ModeName)], t.DurationMinutes,
                [.. places.Select(p => new PlaceJson(p.Id, p.Name, p.Address.ReplaceLineEndings(", ")))]));
        }
        return TypedResults.Ok(list);
    }

    static async Task<Results<Ok<List<FreeTime>>, ValidationProblem, NotFoundProblem>> FreeAsync(string slug, string? mode, long? place, string? from, string? to,
        AppointmentBooking booking, TimeProvider clock, CancellationToken ct)
    {
        if (await booking.TypeAsync(slug, ct) is not { } type) return new NotFoundProblem($"There is no appointment type {slug}");
        var (choice, errors) = await ChoiceAsync(booking, type, mode, place, ct);
        var today = UkDates.DayOf(clock.GetUtcNow().UtcDateTime);
        var first = from is null ? today : AppointmentSteps.ParseDay(from);
        var last = to is null ? first?.AddDays(13) : AppointmentSteps.ParseDay(to);
        if (first is null) errors["from"] = ["Give a date like 2027-03-01"];
        if (last is null) errors["to"] = ["Give a date like 2027-03-14"];
        else if (first is not null && (last < first || last.Value.DayNumber - first.Value.DayNumber > 31)) errors["to"] = ["Give a day on or after from, at most 31 days later"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var free = await booking.FreeAsync(choice!, first!.Value, last!.Value, ct);
        return TypedResults.Ok(free.Select(s => new FreeTime(s.Start, s.End, s.Free)).ToList());
    }

    static async Task<Results<Created<AppointmentJson>, ValidationProblem>> BookAsync(BookAppointment body, AppointmentBooking booking, HttpContext context, CancellationToken ct)
    {
        var type = await booking.TypeAsync(body.Type, ct);
        if (type is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["type"] = ["Give the slug of an appointment type"] });
        var (choice, errors) = await ChoiceAsync(booking, type, body.Mode, body.Place, ct);
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);
        var result = await booking.BookAsync(choice!, body.Start, new(body.FullName, body.Email, body.Phone, body.About, body.Reference, body.Needs ?? [],
            body.InterpreterLanguage, Channel.Api, context.Actor()), ct);
        if (result.Appointment is not { } booked) return FieldProblems.From(result.Errors);
        return TypedResults.Created($"/api/v1/appointments/{booked.Reference}", AppointmentJson.From(booked, choice!, booked.Customer));
    }

    static async Task<Results<Ok<AppointmentJson>, NotFoundProblem>> GetAsync(string reference, FrontDoorDb db, AppointmentBooking booking, AuditLog audit,
        HttpContext context, CancellationToken ct)
    {
        if (await FindAsync(db, reference, ct) is not { } found) return new NotFoundProblem($"There is no appointment {reference}");
        await audit.RecordReadAsync(context.Actor(), "Read an appointment through the API", found.CaseId, found.CustomerId, ct);
        return TypedResults.Ok(AppointmentJson.From(found, await booking.ChoiceOfAsync(found, ct), found.Customer));
    }

    static async Task<Results<Ok<AppointmentJson>, ValidationProblem, NotFoundProblem>> MoveAsync(string reference, MoveAppointment body, FrontDoorDb db,
        AppointmentBooking booking, HttpContext context, CancellationToken ct)
    {
        if (await FindAsync(db, reference, ct) is not { } found) return new NotFoundProblem($"There is no appointment {reference}");
        var (moved, error) = await booking.MoveAsync(found, body.Start, context.Actor(), ct);
        if (!moved) return FieldProblems.From([("start", error!)]);
        return TypedResults.Ok(AppointmentJson.From(found, await booking.ChoiceOfAsync(found, ct), found.Customer));
    }

    static async Task<Results<Ok<AppointmentJson>, ValidationProblem, NotFoundProblem>> CancelAsync(string reference, FrontDoorDb db, AppointmentBooking booking,
        HttpContext context, CancellationToken ct)
    {
        if (await FindAsync(db, reference, ct) is not { } found) return new NotFoundProblem($"There is no appointment {reference}");
        if (!await booking.CancelAsync(found, context.Actor(), ct)) return FieldProblems.From([("reference", "This appointment has already been cancelled or has taken place")]);
        return TypedResults.Ok(AppointmentJson.From(found, await booking.ChoiceOfAsync(found, ct), found.Customer));
    }

    static async Task<Appointment?> FindAsync(FrontDoorDb db, string reference, CancellationToken ct) =>
        CaseReference.Normalise(reference) is { } normalised ? await db.Appointments.Include(a => a.Customer).SingleOrDefaultAsync(a => a.Reference == normalised, ct) : null;

    /// <summary>The way of meeting and place asked for, checked against what the type offers.</summary>
    static async Task<(AppointmentChoice? Choice, Dictionary<string, string[]> Errors)> ChoiceAsync(AppointmentBooking booking, AppointmentType type, string? mode, long? place,
        CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var how = AppointmentSteps.ParseMode(mode);
        if (how is null || !type.Modes.HasFlag(how.Value))
        {
            errors["mode"] = [$"Give one of {string.Join(", ", AppointmentText.Each(type.Modes).Select(AppointmentSteps.ModeName))}"];
            return (null, errors);
        }
        Location? where = null;
        if (how == AppointmentModes.InPerson && ((where = (await booking.PlacesAsync(type, ct)).FirstOrDefault(p => p.Id == place)) is null))
            errors["place"] = ["Give the id of one of the type's places"];
        return (new(type, how.Value, where), errors);
    }
}
