using FrontDoor.Data;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Messages;
using Microsoft.AspNetCore.Http.HttpResults;
using FrontDoor.Shared;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Callbacks;

/// <summary>A call back as the API and its webhooks give it.</summary>
public sealed record CallbackJson(long Id, string CustomerName, string Phone, string About, string? CaseReference, DateTime WindowStart, DateTime WindowEnd,
    string State, int Attempts, string? Team)
{
    public static CallbackJson From(Callback c, Customers.Customer customer, string? caseReference, string? team) =>
        new(c.Id, customer.FullName, c.Phone, c.About, c.CaseId is null ? null : caseReference, c.WindowStart, c.WindowEnd, MessageNames.Of(c.State), c.Attempts, team);
}

/// <summary>Call backs for a council's telephony (callbacks:write): asked for with the same checks as the page, and the queue of those waiting.</summary>
public static class CallbacksApi
{
    public record RequestCallback(string? FullName, string? Phone, string? Email, string? About, string? Reference, string? Window);
    public record WindowJson(DateTime Start, DateTime End, int Free);

    public static void Map(RouteGroupBuilder group)
    {
        var write = ApiClientsSetup.PolicyFor(ApiScopes.Callbacks);
        group.MapGet("/windows", WindowsAsync).RequireAuthorization(write).WithName("ListCallbackWindows").WithSummary("The next windows with room for a call back");
        group.MapPost("/", RequestAsync).RequireAuthorization(write).WithName("RequestCallback").WithSummary("Ask for a call back in a window");
        group.MapGet("/", ListAsync).RequireAuthorization(write).WithName("ListCallbacks").WithSummary("Call backs waiting, in the order they are due; optionally one team's");
    }

    static async Task<Ok<List<WindowJson>>> WindowsAsync(CallbackBooking booking, CancellationToken ct) =>
        TypedResults.Ok(await booking.DiaryAsync(ct) is { } diary ? (await booking.WindowsAsync(diary, ct)).Select(w => new WindowJson(w.Start, w.End, w.Free)).ToList() : []);

    static async Task<Results<Created<CallbackJson>, ValidationProblem>> RequestAsync(RequestCallback body, CallbackBooking booking, HttpContext context, CancellationToken ct)
    {
        var result = await booking.BookAsync(new(body.FullName, body.Phone, body.Email, body.About, body.Reference, body.Window, Channel.Api, context.Actor()), ct);
        if (result.Callback is not { } booked) return FieldProblems.From(result.Errors);
        return TypedResults.Created($"/api/v1/callbacks/{booked.Id}", CallbackJson.From(booked, booked.Customer, CaseReference.Normalise(body.Reference), null));
    }

    static async Task<Ok<List<CallbackJson>>> ListAsync(string? team, FrontDoorDb db, AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var waiting = db.Callbacks.AsNoTracking().Where(c => c.State == CallbackState.Waiting);
        if (!string.IsNullOrWhiteSpace(team))
            waiting = waiting.Where(c => db.Slots.Any(s => s.Id == c.SlotId && db.Diaries.Any(d => d.Id == s.DiaryId && d.Team.Name == team)));
        var found = await waiting.OrderBy(c => c.WindowStart).ThenBy(c => c.Id).Take(200)
            .Select(c => new { Callback = c, c.Customer, CaseReference = c.Case != null ? c.Case.Reference : null,
                Team = db.Slots.Where(s => s.Id == c.SlotId).SelectMany(s => db.Diaries.Where(d => d.Id == s.DiaryId).Select(d => d.Team.Name)).FirstOrDefault() })
            .ToListAsync(ct);
        await audit.RecordReadAsync(context.Actor(), $"Listed call backs through the API ({found.Count} found)", null, null, ct);
        return TypedResults.Ok(found.Select(c => CallbackJson.From(c.Callback, c.Customer, c.CaseReference, c.Team)).ToList());
    }
}
