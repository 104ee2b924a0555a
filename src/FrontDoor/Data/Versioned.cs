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
    /// <remarks>
    /// A record not yet in the database (council wording that still follows FrontDoor's default, say) is added as
    /// version 1 when the form was read with none (<paramref name="readVersion"/> 0); if someone added it first, false.
    /// </remarks>
    public static async Task<bool> TrySaveAsync<T>(this FrontDoorDb db, T entity, int readVersion, CancellationToken ct) where T : class, IVersioned
    {
        if (db.Entry(entity).State == EntityState.Detached)
        {
            if (readVersion != 0) return false;
            entity.Version = 1;
            db.Add(entity);
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException)
            {
                db.Entry(entity).State = EntityState.Detached;
                return false;
            }
        }
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
