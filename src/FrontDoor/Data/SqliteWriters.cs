using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Data;

/// <summary>
/// SQLite lets one connection write at a time. A writer that finds the lock taken sleeps and tries again
/// (the busy timeout), in steps that grow to 100 ms, so under load the lock lies free while writers sleep,
/// threads are held asleep, and the unluckiest wait a second. Here this process's writers to one file queue
/// for it instead, first come first served, without holding a thread: a transaction (each SaveChanges that
/// needs one, and each one begun by the code) waits for the file's turn before it begins and gives it up when
/// it commits, rolls back, fails or its connection closes. The busy timeout stays for writers outside the queue:
/// other processes (commands), and single statements written without a transaction.
/// </summary>
sealed class SqliteWriters(string connectionString) : DbConnectionInterceptor, IDbTransactionInterceptor
{
    /// <summary>As long as Microsoft.Data.Sqlite would have retried a busy database before giving up.</summary>
    internal static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);
    static readonly ConcurrentDictionary<string, SemaphoreSlim> Turns = new();

    readonly SemaphoreSlim turn = TurnOf(connectionString);

    /// <summary>Every host in the process that opens the same file shares its turn (tests run two nodes on one file), and so does its <see cref="SqliteGroup"/>.</summary>
    internal static SemaphoreSlim TurnOf(string connectionString) => Turns.GetOrAdd(FileOf(connectionString), _ => new SemaphoreSlim(1, 1));

    internal static string FileOf(string connectionString)
    {
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return source is "" or ":memory:" || source.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? source : Path.GetFullPath(source);
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Release(eventData.Context);
        if (!turn.Wait(LongestWait)) throw Timeout();
        Hold(eventData.Context);
        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken ct = default)
    {
        Release(eventData.Context);
        if (!await turn.WaitAsync(LongestWait, ct)) throw Timeout();
        Hold(eventData.Context);
        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);
    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default) => Released(eventData.Context);
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(eventData.Context);
    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default) => Released(eventData.Context);
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(eventData.Context);
    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken ct = default) => Released(eventData.Context);

    // A transaction disposed without a commit or a rollback (an exception on the way) is rolled back by SQLite
    // when it ends; EF closes the connection it opened for it, or the pool does when the context goes back.
    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(eventData.Context);
    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData) => Released(eventData.Context);

    void Hold(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is FrontDoorDb db) db.WriteTurn = turn;
        else turn.Release();
    }

    /// <summary>A context can begin one transaction at a time: a turn still held when it begins another is left from one that ended unseen.</summary>
    internal static void Release(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        if (context is FrontDoorDb db) Interlocked.Exchange(ref db.WriteTurn, null)?.Release();
    }

    static Task Released(Microsoft.EntityFrameworkCore.DbContext? context)
    {
        Release(context);
        return Task.CompletedTask;
    }

    internal static TimeoutException Timeout() => new($"Waited {LongestWait.TotalSeconds} s for SQLite's writer: a transaction is holding the database too long.");
}
