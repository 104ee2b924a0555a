using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Data;

/// <summary>A record people edit in a form, whose version moves on with every change (a concurrency token).</summary>
public interface IVersioned
{
    int Version { get; set; }
}

public static class VersionedSaves
{
    /// <summary>
    /// Saves a change made on a form read at <paramref name="readVersion"/>: false, saving nothing, when someone else
    /// saved the record since, so the second of two editors is told rather than silently overwriting the first.
    /// </summary>
    public static async Task<bool> TrySaveAsync<T>(this FrontDoorDb db, T entity, int readVersion, CancellationToken ct) where T : class, IVersioned
    {
        db.Entry(entity).Property(e => e.Version).OriginalValue = readVersion;
        entity.Version = readVersion + 1;
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException) { return false; }
    }
}
