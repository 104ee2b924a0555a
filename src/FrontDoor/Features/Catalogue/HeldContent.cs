using System.Collections.Concurrent;

namespace FrontDoor.Features.Catalogue;

/// <summary>
/// How many times public content (<see cref="Data.IPublicContent"/>) has changed since this node started, as far as it
/// knows: <see cref="PublicPages"/> moves it on when it clears the cached pages, at once on the node that saved the change
/// and within seconds on the others.
/// </summary>
public sealed class PublicContentEdition
{
    long number;

    public long Number => Volatile.Read(ref number);

    internal void MoveOn() => Interlocked.Increment(ref number);
}

/// <summary>
/// Answers read from public content, held in this node's memory until it changes, so that what changes a few times a year
/// (a service a connected system names, the council's wording of a message) costs each request no round trip.
/// What is held is shared by every request at once: read it, never change it or attach it to a context. Each feature
/// holds its own (one per question asked), registered with the feature.
/// </summary>
public sealed class Held<TKey, TValue>(PublicContentEdition edition) where TKey : notnull where TValue : class
{
    // The keys may come from requests (a service code): beyond this many, someone is trying codes, so start again.
    const int MostHeld = 1000;
    readonly ConcurrentDictionary<TKey, (long Edition, TValue Value)> held = new();

    /// <summary>The held answer for <paramref name="key"/>, else <paramref name="read"/>'s, which is held when there is one.</summary>
    public async Task<TValue?> GetAsync(TKey key, Func<TKey, Task<TValue?>> read)
    {
        // Taken before reading, so an answer read while a change was being saved is held under the edition that change ends.
        var current = edition.Number;
        if (held.TryGetValue(key, out var answer) && answer.Edition == current) return answer.Value;
        var value = await read(key);
        if (value is null) return null;
        if (held.Count >= MostHeld) held.Clear();
        held[key] = (current, value);
        return value;
    }
}
