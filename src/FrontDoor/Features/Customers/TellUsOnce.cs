using System.Text.Json;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

/// <summary>
/// A change a customer tells us once: noted on each of their open cases, so whoever works them sees it, and
/// published as a "customer.updated" event for connected systems, in the caller's SaveChanges.
/// </summary>
public sealed class TellUsOnce(FrontDoorDb db, TimeProvider clock, CaseWorkflow workflow)
{
    public const string EventType = "customer.updated";

    /// <param name="changed">What changed, as field names: "email", "phone", "address", "preferences", "name".</param>
    public async Task RecordAsync(Customer customer, Actor actor, string[] changed, string how, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        customer.UpdatedAt = now;
        await workflow.NoteOnOpenCasesAsync(customer.Id, actor,
            $"The customer updated their {string.Join(" and ", changed)} ({how}). Their record shows the new details.", ct);
        var address = customer.Uprn is not null
            ? (await db.Properties.FindAsync([customer.Uprn], ct))?.SingleLine
            : customer.Address;
        db.OutboxEvents.Add(new OutboxEvent
        {
            Type = EventType,
            CreatedAt = now,
            PayloadJson = JsonSerializer.Serialize(new { type = EventType, occurred_at = now, changed, customer = CustomerJson.From(customer, address) },
                CaseJson.Options),
        });
    }
}
