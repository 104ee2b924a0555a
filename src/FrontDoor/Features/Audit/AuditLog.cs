using FrontDoor.Data;

namespace FrontDoor.Features.Audit;

/// <summary>Writes audit entries for whoever acted, in the same unit of work as what they did.</summary>
public sealed class AuditLog(FrontDoorDb db, TimeProvider clock)
{
    /// <summary>Adds an entry to be saved with the caller's change.</summary>
    public void Add(Actor actor, string action, long? caseId, long? customerId) => Add(actor, action, caseId, customerId, null);

    /// <summary>A change to the council's set-up, with each field that changed, before and after; nothing when none did.</summary>
    public void AddChange(Actor actor, string action, IEnumerable<FieldChange> changes)
    {
        var changed = changes.Where(c => c.Before != c.After).ToList();
        if (changed.Count > 0) Add(actor, action, null, null, System.Text.Json.JsonSerializer.Serialize(changed, ChangesJson));
    }

    internal static readonly System.Text.Json.JsonSerializerOptions ChangesJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    void Add(Actor actor, string action, long? caseId, long? customerId, string? changes) => db.AuditEntries.Add(new AuditEntry
    {
        Changes = changes,
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

/// <summary>One field of a set-up change, as people read it (a team's name, "None" for nothing).</summary>
public record FieldChange(string Field, string? Before, string? After)
{
    public static IReadOnlyList<FieldChange> Parse(string? json) =>
        json is null ? [] : System.Text.Json.JsonSerializer.Deserialize<List<FieldChange>>(json, AuditLog.ChangesJson) ?? [];
}
