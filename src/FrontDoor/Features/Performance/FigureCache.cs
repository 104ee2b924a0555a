using System.Collections.Concurrent;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FrontDoor.Features.Performance;

/// <summary>
/// Holds what was read from the figures until a rollup round changes them (and for a few minutes at most): between
/// such rounds every reader of the same figures gets the same answer, and only one request reads them. Each node holds
/// its own, keyed by the round the database says it is on, so the nodes agree.
/// </summary>
public sealed class FigureCache(FrontDoorDb db, IMemoryCache cache, FigureCache.ReadsInFlight inFlight)
{
    static readonly TimeSpan HeldFor = TimeSpan.FromMinutes(5);

    /// <summary>The reads under way on this node, so requests that miss together wait for one read, not one each.</summary>
    public sealed class ReadsInFlight : ConcurrentDictionary<object, object>;

    /// <summary>The figures for <paramref name="key"/> as at the last round, and when that round counted changes to.</summary>
    public async Task<(T Value, DateTime? CountedTo)> GetAsync<T>(object key, Func<Task<T>> read, CancellationToken ct)
    {
        var state = await db.FigureRollupStates.AsNoTracking().Select(s => new { s.Round, s.ChangesSince }).SingleOrDefaultAsync(ct);
        var held = (key, state?.Round);
        if (cache.TryGetValue(held, out T? value)) return (value!, state?.ChangesSince);
        while (true)
        {
            var mine = new Lazy<Task<T>>(read);
            var pending = (Lazy<Task<T>>)inFlight.GetOrAdd(held, mine);
            try
            {
                // This request's own read uses its database context, so it is seen through rather than left running.
                value = pending == mine ? await pending.Value : await pending.Value.WaitAsync(ct);
                cache.Set(held, value, HeldFor);
                return (value, state?.ChangesSince);
            }
            // Another request's read ended with it (cancelled, or its connection closed): this request reads for itself.
            catch (Exception) when (pending != mine && !ct.IsCancellationRequested) { }
            finally { inFlight.TryRemove(KeyValuePair.Create(held as object, pending as object)); }
        }
    }
}
