using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Data;

/// <summary>
/// On PostgreSQL, one pooled connection for all of a hot request's statements, rather than one taken from the pool and
/// given back for each: every connection taken again is reset on the server first. EF counts the opens, so an intake
/// that opens its own inside the request's still has the one connection. On SQLite nothing is held: taking a pooled
/// connection costs little there, and the group commit moves a context to its own connection, which it cannot do
/// while the context's is held open twice over.
/// </summary>
public readonly struct HeldConnection : IAsyncDisposable
{
    readonly FrontDoorDb? db;

    HeldConnection(FrontDoorDb db) => this.db = db;

    public static async Task<HeldConnection> HoldAsync(FrontDoorDb db, CancellationToken ct)
    {
        if (!db.IsPostgres) return default;
        await db.Database.OpenConnectionAsync(ct);
        return new(db);
    }

    public ValueTask DisposeAsync() => db is null ? ValueTask.CompletedTask : new(db.Database.CloseConnectionAsync());
}
