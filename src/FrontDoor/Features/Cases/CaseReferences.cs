using System.Collections.Concurrent;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

/// <summary>
/// New references for cases, drawn at random and checked against the cases already made a few dozen at a time,
/// so an intake need not ask the database about its own. One is never handed out twice by this process; another
/// node drawing the same one at the same time (a chance in 30^8) meets the unique index, as it always has.
/// </summary>
/// <param name="draw">Where candidates come from: <see cref="CaseReference.New"/>, but for tests.</param>
public sealed class CaseReferences(Func<string> draw)
{
    public const int CheckedAtOnce = 32;

    readonly ConcurrentQueue<string> unused = new();

    public CaseReferences() : this(CaseReference.New) { }

    public async Task<string> NextAsync(FrontDoorDb db, CancellationToken ct)
    {
        string? reference;
        while (!unused.TryDequeue(out reference))
        {
            var drawn = Enumerable.Range(0, CheckedAtOnce).Select(_ => draw()).Distinct().ToList();
            var taken = await db.Cases.Where(c => drawn.Contains(c.Reference)).Select(c => c.Reference).ToListAsync(ct);
            foreach (var fresh in drawn.Except(taken)) unused.Enqueue(fresh);
        }
        return reference;
    }
}
