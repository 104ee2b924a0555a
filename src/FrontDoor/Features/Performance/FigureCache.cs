using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FrontDoor.Features.Performance;

/// <summary>
/// Holds what was read from the figures until the rollup job next brings them up to date (and for a few minutes at
/// most): between rounds every reader of the same figures gets the same answer. Each node holds its own, keyed by the
/// round the database says it is on, so the nodes agree.
/// </summary>
public sealed class FigureCache(FrontDoorDb db, IMemoryCache cache)
{
    static readonly TimeSpan HeldFor = TimeSpan.FromMinutes(5);

    /// <summary>The figures for <paramref name="key"/> as at the last round, and when that round counted changes to.</summary>
    public async Task<(T Value, DateTime? CountedTo)> GetAsync<T>(object key, Func<Task<T>> read, CancellationToken ct)
    {
        var countedTo = await db.FigureRollupStates.AsNoTracking().Select(s => (DateTime?)s.ChangesSince).SingleOrDefaultAsync(ct);
        var value = await cache.GetOrCreateAsync((key, countedTo), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = HeldFor;
            return await read();
        });
        return (value!, countedTo);
    }
}
