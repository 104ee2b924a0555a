using System.Text.Json;
using FrontDoor.Data;
using FrontDoor.Features.Cases;

namespace FrontDoor.Features.Events;

public static class EventTypes
{
    public const string CaseCreated = "case.created";
    public const string CaseUpdated = "case.updated";
    public const string CaseResolved = "case.resolved";
    public const string CustomerUpdated = Customers.TellUsOnce.EventType;
    public const string AppointmentBooked = "appointment.booked";
    public const string AppointmentCancelled = "appointment.cancelled";
    public const string CallbackRequested = "callback.requested";

    public static readonly IReadOnlyList<string> All = [CaseCreated, CaseUpdated, CaseResolved, CustomerUpdated, AppointmentBooked, AppointmentCancelled, CallbackRequested];

    /// <summary>The scope a client needs to hear of an event: customer, appointment and call back events carry personal data.</summary>
    public static string ScopeFor(string type) => type switch
    {
        CustomerUpdated => ApiClients.ApiScopes.ReadCustomers,
        AppointmentBooked or AppointmentCancelled => ApiClients.ApiScopes.Appointments,
        CallbackRequested => ApiClients.ApiScopes.Callbacks,
        _ => ApiClients.ApiScopes.ReadCases,
    };

    /// <summary>Publishes an event with this payload, in the caller's SaveChanges.</summary>
    public static void Publish(FrontDoorDb db, string type, string name, object payload, DateTime now) => db.OutboxEvents.Add(new OutboxEvent
    {
        Type = type, CreatedAt = now,
        PayloadJson = JsonSerializer.Serialize(new Dictionary<string, object> { ["type"] = type, ["occurred_at"] = now, [name] = payload }, CaseJson.Options),
    });
}

/// <summary>Publishes a case's change to connected systems, in the caller's SaveChanges (so never lost, never half-made).</summary>
public static class CaseEvents
{
    public static void Add(FrontDoorDb db, string type, Case c, DateTime now, Catalogue.Service? service = null) => db.OutboxEvents.Add(new OutboxEvent
    {
        Type = type,
        CreatedAt = now,
        // The case's reference is its id to the outside world; CaseJson also serves the REST API.
        PayloadJson = JsonSerializer.Serialize(new { type, occurred_at = now, @case = CaseJson.From(c, service) }, CaseJson.Options),
    });
}
