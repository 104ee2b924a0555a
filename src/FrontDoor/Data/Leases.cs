using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Data;

/// <summary>
/// Claims a batch of due rows from an outbox-like table with a lease, so several instances never take the same row
/// (SKIP LOCKED on PostgreSQL); a claim whose holder died runs out and the rows are taken again.
/// </summary>
public static class Leases
{
    /// <param name="table">A table with "NextAttemptAt", "FailedAt", "LockedUntil" and "LockedBy" columns.</param>
    /// <param name="doneColumn">The column set once a row's work is done ("SentAt", "DeliveredAt").</param>
    /// <returns>The claim: its id, which the rows' "LockedBy" now holds, and the rows it took, by id.</returns>
    public static async Task<Claim> ClaimAsync(FrontDoorDb db, string table, string doneColumn, DateTime now, double leaseSeconds, int batch, CancellationToken ct)
    {
        var claim = Guid.NewGuid().ToString("N");
        var sql = $$"""
            UPDATE "{{table}}" SET "LockedUntil" = {0}, "LockedBy" = {1}
            WHERE "Id" IN (SELECT "Id" FROM "{{table}}"
                WHERE "{{doneColumn}}" IS NULL AND "FailedAt" IS NULL AND "NextAttemptAt" <= {2}
                  AND ("LockedUntil" IS NULL OR "LockedUntil" < {2})
                ORDER BY "NextAttemptAt", "Id" LIMIT {3}{{(db.IsPostgres ? " FOR UPDATE SKIP LOCKED" : "")}})
            RETURNING "Id" AS "Value"
            """;
        // The ids come back with the claim, so the rows are then read by key: "LockedBy" has no index to find them by.
        var until = now.AddSeconds(leaseSeconds);
        var ids = await db.Database.SqlQueryRaw<long>(sql, until, claim, now, batch).ToListAsync(ct);
        return new(claim, ids, until);
    }

    /// <param name="Id">What the claimed rows' "LockedBy" holds while the claim lasts.</param>
    /// <param name="Ids">The rows claimed.</param>
    /// <param name="Until">When the claim runs out, for the rows not renewed since.</param>
    public sealed record Claim(string Id, IReadOnlyList<long> Ids, DateTime Until)
    {
        /// <summary>Whether a row not renewed since the claim still has at least <paramref name="leaseSeconds"/> of it left at <paramref name="now"/>.</summary>
        public bool Covers(DateTime now, double leaseSeconds) => now.AddSeconds(leaseSeconds) <= Until;
    }

    /// <summary>
    /// Renews the lease on one claimed row just before its work starts: false when the claim ran out and another
    /// instance has taken the row since, which then does the work instead. A slow batch so never sends twice.
    /// </summary>
    public static async Task<bool> RenewAsync(FrontDoorDb db, string table, string doneColumn, long id, string claim, DateTime now, double leaseSeconds, CancellationToken ct)
    {
        var sql = $$"""
            UPDATE "{{table}}" SET "LockedUntil" = {0}
            WHERE "Id" = {1} AND "LockedBy" = {2} AND "{{doneColumn}}" IS NULL
            """;
        return await db.Database.ExecuteSqlRawAsync(sql, [now.AddSeconds(leaseSeconds), id, claim], ct) == 1;
    }
}
