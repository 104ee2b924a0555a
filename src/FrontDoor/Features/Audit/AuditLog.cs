using FrontDoor.Data;
using FrontDoor.Features.Staff;

namespace FrontDoor.Features.Audit;

/// <summary>Writes audit entries for the signed-in member of staff (or connected system), in the same unit of work as what they did.</summary>
public sealed class AuditLog(FrontDoorDb db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Adds an entry to be saved with the caller's change.</summary>
    public void Add(string action, long? caseId, long? customerId)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("Auditing needs a request");
        var staff = StaffUser.From(context.User);
        var client = staff is null ? ApiClients.ApiClientUser.From(context.User) : null;
        if (staff is null && client is null) throw new InvalidOperationException("Auditing needs a signed-in member of staff or API client");
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            StaffId = staff?.Id ?? 0,
            StaffName = staff?.Name ?? client!.ActorName,
            ApiClientId = client?.Id,
            Action = action,
            CaseId = caseId,
            CustomerId = customerId,
            IpAddress = context.Connection.RemoteIpAddress?.ToString(),
        });
    }

    /// <summary>Records a read of personal data straight away: reads have no change to ride along with.</summary>
    public async Task RecordReadAsync(string action, long? caseId, long? customerId, CancellationToken ct)
    {
        Add(action, caseId, customerId);
        await db.SaveChangesAsync(ct);
    }
}
