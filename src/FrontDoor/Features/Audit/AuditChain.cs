using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Audit;

/// <summary>
/// The audit log as a hash chain. Entries are written by many requests on many nodes at once, so none can know its
/// predecessor when written; instead a sealer, one at a time, takes the entries not yet sealed, gives each the next place
/// in the chain and a hash of the previous entry's hash and its own content and place. Changing, removing or reordering
/// a sealed entry then breaks every hash from it on, which <see cref="VerifyAsync"/> finds.
/// </summary>
public static class AuditChain
{
    const int Batch = 1000;
    /// <summary>PostgreSQL advisory lock key held while sealing (the others are in DatabaseSetup).</summary>
    const long SealLock = 5150313;

    /// <summary>The hash an entry at this place after <paramref name="previous"/> must carry. Its content as stored, in a fixed form.</summary>
    public static string Hash(string? previous, AuditEntry e, long seq)
    {
        var content = JsonSerializer.Serialize(new object?[]
        {
            seq, e.Id, e.At.ToString("yyyy-MM-ddTHH:mm:ss.ffffff", CultureInfo.InvariantCulture), e.StaffId, e.ApiClientId, e.StaffName,
            e.Action, e.CaseId, e.CustomerId, e.IpAddress, e.Changes,
        });
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{previous}\n{content}")));
    }

    /// <summary>Seals the entries written since the last round, in the order they are found; returns how many.</summary>
    public static async Task<int> SealAsync(FrontDoorDb db, CancellationToken ct)
    {
        // SQLite's transactions here take the write lock at once; PostgreSQL's lock lets one node seal while the others skip.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres && !await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_xact_lock({SealLock}) AS \"Value\"").SingleAsync(ct)) return 0;
        var last = await db.AuditEntries.AsNoTracking().Where(e => e.Seq != null).OrderByDescending(e => e.Seq)
            .Select(e => new { e.Seq, e.Hash }).FirstOrDefaultAsync(ct);
        var (seq, hash) = (last?.Seq ?? 0, last?.Hash);
        var unsealed = await db.AuditEntries.AsNoTracking().Where(e => e.Seq == null).OrderBy(e => e.Id).Take(Batch).ToListAsync(ct);
        foreach (var entry in unsealed)
        {
            seq++;
            hash = Hash(hash, entry, seq);
            var (place, sealedHash) = (seq, hash);
            await db.AuditEntries.Where(e => e.Id == entry.Id && e.Seq == null)
                .ExecuteUpdateAsync(s => s.SetProperty(e => e.Seq, place).SetProperty(e => e.Hash, sealedHash), ct);
        }
        await tx.CommitAsync(ct);
        return unsealed.Count;
    }

    public enum Problem { None, Altered, Missing }

    /// <param name="Checked">Sealed entries checked.</param>
    /// <param name="Unsealed">Entries written but not yet sealed (the last few seconds' worth, normally).</param>
    /// <param name="BrokenAt">The first entry whose hash does not hold, or the place after which one is missing.</param>
    public sealed record Verification(long Checked, long Unsealed, Problem Problem, long? BrokenEntryId, long? BrokenSeq)
    {
        public bool Holds => Problem == Problem.None;
    }

    /// <summary>Walks the chain from its start; <paramref name="progress"/> hears how many entries it has checked as it goes.</summary>
    public static async Task<Verification> VerifyAsync(FrontDoorDb db, IProgress<long>? progress, CancellationToken ct)
    {
        string? hash = null;
        long seq = 0;
        while (true)
        {
            var after = seq;
            var page = await db.AuditEntries.AsNoTracking().Where(e => e.Seq > after).OrderBy(e => e.Seq).Take(Batch).ToListAsync(ct);
            if (page.Count == 0) break;
            foreach (var entry in page)
            {
                if (entry.Seq != seq + 1) return Found(Problem.Missing, entry.Id, seq + 1);
                seq++;
                var expected = Hash(hash, entry, seq);
                if (entry.Hash != expected) return Found(Problem.Altered, entry.Id, seq);
                hash = expected;
            }
            progress?.Report(seq);
        }
        return new(seq, await db.AuditEntries.CountAsync(e => e.Seq == null, ct), Problem.None, null, null);

        Verification Found(Problem problem, long id, long at) => new(seq, 0, problem, id, at);
    }
}
