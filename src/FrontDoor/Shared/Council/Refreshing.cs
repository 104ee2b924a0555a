namespace FrontDoor.Shared.Council;

/// <summary>
/// A value read from the database at most once a <paramref name="period"/>, so the council's settings reach every node
/// within that time without a query on every request; the node that changes them reloads at once.
/// </summary>
public sealed class Refreshing<T>(Func<IServiceProvider, T> load, IServiceScopeFactory scopes, TimeProvider clock, TimeSpan period) where T : class
{
    readonly Lock gate = new();
    (T Value, DateTimeOffset At)? current;

    public T Value
    {
        get
        {
            var now = clock.GetUtcNow();
            if (current is { } c && now - c.At < period) return c.Value;
            lock (gate)
            {
                if (current is { } again && now - again.At < period) return again.Value;
                using var scope = scopes.CreateScope();
                var value = load(scope.ServiceProvider);
                current = (value, now);
                return value;
            }
        }
    }

    public void Reload()
    {
        lock (gate) current = null;
    }
}
