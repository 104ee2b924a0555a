using FrontDoor.Data;

namespace FrontDoor.Features.Audit;

/// <summary>Writes audit entries for whoever acted, in the same unit of work as what they did.</summary>
public sealed class AuditLog(FrontDoorDb db, TimeProvider clock)
{
    /// <summary>Adds an entry to be saved with the caller's change.</summary>
    public void Add(Actor actor, string action, long? caseId, long? customerId) => db.AuditEntries.Add(new AuditEntry
    {
        At = clock.GetUtcNow().UtcDateTime,
        StaffId = actor.StaffId ?? 0,
        StaffName = actor.Name,
        ApiClientId = actor.ApiClientId,
        Action = action,
        CaseId = caseId,
        CustomerId = customerId,
        IpAddress = actor.Address,
    });

    /// <summary>Records a read of personal data straight away: reads have no change to ride along with.</summary>
    public async Task RecordReadAsync(Actor actor, string action, long? caseId, long? customerId, CancellationToken ct)
    {
        Add(actor, action, caseId, customerId);
        await db.SaveChangesAsync(ct);
    }
}
