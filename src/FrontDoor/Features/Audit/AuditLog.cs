using FrontDoor.Data;
using FrontDoor.Features.Staff;

namespace FrontDoor.Features.Audit;

/// <summary>Writes audit entries for the signed-in member of staff, in the same unit of work as what they did.</summary>
public sealed class AuditLog(FrontDoorDb db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Adds an entry to be saved with the caller's change.</summary>
    public void Add(string action, long? caseId, long? customerId)
    {
        var context = http.HttpContext ?? throw new InvalidOperationException("Auditing needs a request");
        var staff = StaffUser.From(context.User) ?? throw new InvalidOperationException("Auditing needs a signed-in member of staff");
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            StaffId = staff.Id,
            StaffName = staff.Name,
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
