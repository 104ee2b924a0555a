using System.Collections.Concurrent;
using System.Data.Common;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Data;

/// <summary>
/// Saves one request's writes in one transaction. On PostgreSQL that is a transaction of its own. SQLite writes one
/// transaction at a time and waits for the disk at each commit, so there the writes of requests that arrive together
/// share one transaction and its commit (group commit): each in a savepoint of its own, so one that fails is undone
/// alone, and each told its outcome only once the shared commit is on disk.
/// </summary>
public sealed class GroupCommit
{
    /// <summary>On SQLite, the file's queue and the app's connections its groups write on; none on PostgreSQL.</summary>
    readonly (SqliteGroup Group, SqliteConnections Connections)? sqlite;

    GroupCommit((SqliteGroup, SqliteConnections)? sqlite) => this.sqlite = sqlite;

    internal static GroupCommit ForPostgres() => new(null);
    internal static GroupCommit ForSqlite(SqliteConnections connections) => new((SqliteGroup.For(connections.ConnectionString), connections));

    /// <param name="writes">The context's saves: on SQLite they run on the group's connection, not the caller's.</param>
    public async Task RunAsync(FrontDoorDb db, Func<CancellationToken, Task> writes, CancellationToken ct)
    {
        if (sqlite is var (group, connections))
        {
            await group.RunAsync(db, connections, writes, ct);
            return;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await writes(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>As <see cref="RunAsync(FrontDoorDb, Func{CancellationToken, Task}, CancellationToken)"/>, answering what the writes found (a claim's rows).</summary>
    public async Task<T> RunAsync<T>(FrontDoorDb db, Func<CancellationToken, Task<T>> writes, CancellationToken ct)
    {
        T result = default!;
        Func<CancellationToken, Task> saving = async token => result = await writes(token);
        await RunAsync(db, saving, ct);
        return result;
    }
}

/// <summary>
/// One SQLite file's queue of writes waiting to be committed together. One task at a time drains it: it takes the
/// file's turn to write (see <see cref="SqliteWriters"/>), so other writers in the process come between groups,
/// opens a transaction, runs each queued request's writes in a savepoint, and commits when the queue is empty.
/// The group's connection is one of its first request's app's pool (<see cref="SqliteConnections"/>), so the writes'
/// statements are prepared once, not in every group.
/// </summary>
sealed class SqliteGroup
{
    /// <summary>Enough to share a commit among every request a busy server has in hand; few enough that none waits long.</summary>
    const int MostInOneCommit = 64;
    const string Savepoint = "request";
    static readonly ConcurrentDictionary<string, SqliteGroup> Files = new();

    readonly SemaphoreSlim turn;
    readonly Channel<Member> queue = Channel.CreateUnbounded<Member>(new() { SingleReader = true });
    int draining;

    SqliteGroup(string connectionString) => turn = SqliteWriters.TurnOf(connectionString);

    public static SqliteGroup For(string connectionString) => Files.GetOrAdd(SqliteWriters.FileOf(connectionString), _ => new(connectionString));

    /// <summary>A request's writes, waiting: run in the request's own execution context (its logging scope, its user).</summary>
    sealed record Member(FrontDoorDb Db, SqliteConnections Connections, Func<CancellationToken, Task> Writes, ExecutionContext? Context, CancellationToken Ct)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    public async Task RunAsync(FrontDoorDb db, SqliteConnections connections, Func<CancellationToken, Task> writes, CancellationToken ct)
    {
        // The context moves to the group's connection for its writes, which it cannot do while its own is open
        // (intake opens it for its reads). Opened twice over, it stays open and the move says so.
        await db.Database.CloseConnectionAsync();
        var member = new Member(db, connections, writes, ExecutionContext.Capture(), ct);
        queue.Writer.TryWrite(member);
        if (Interlocked.CompareExchange(ref draining, 1, 0) == 0)
            using (ExecutionContext.SuppressFlow()) _ = Task.Run(DrainAsync, CancellationToken.None);
        await member.Done.Task;
    }

    async Task DrainAsync()
    {
        do
        {
            while (queue.Reader.TryPeek(out _)) await CommitGroupAsync();
            Volatile.Write(ref draining, 0);
            // A request queued between the last look and the flag's reset finds the flag set and starts no drain: look again.
        } while (queue.Reader.TryPeek(out _) && Interlocked.CompareExchange(ref draining, 1, 0) == 0);
    }

    async Task CommitGroupAsync()
    {
        var group = new List<Member>();
        // A request whose writes failed is told once the others' commit is on disk, so what it reads next (the winner of
        // a race for one draft) is there to be read.
        var failed = new List<(Member Member, Exception Error)>();
        if (!await turn.WaitAsync(SqliteWriters.LongestWait))
        {
            FailQueued(SqliteWriters.Timeout());
            return;
        }
        try
        {
            if (!queue.Reader.TryPeek(out var first)) return;
            await using var connection = new ReusedSqliteConnection(first.Connections);
            await connection.OpenAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            while (group.Count + failed.Count < MostInOneCommit && queue.Reader.TryRead(out var member))
            {
                if (member.Ct.IsCancellationRequested) member.Done.TrySetCanceled(member.Ct);
                else if (await SavedAsync(member, connection, transaction, failed)) group.Add(member);
            }
            await transaction.CommitAsync();
            foreach (var member in group) member.Done.TrySetResult();
        }
        catch (Exception e)
        {
            // Nothing of the group is on disk: every request in it fails, and any not yet begun with them.
            foreach (var member in group) member.Done.TrySetException(e);
            if (group.Count + failed.Count == 0) FailQueued(e);
        }
        finally
        {
            foreach (var (member, error) in failed) member.Done.TrySetException(error);
            turn.Release();
        }
    }

    void FailQueued(Exception e)
    {
        for (var i = 0; i < MostInOneCommit && queue.Reader.TryRead(out var member); i++) member.Done.TrySetException(e);
    }

    /// <summary>Runs one request's writes in a savepoint; false, and the request listed with its failure, when they failed and were undone.</summary>
    static async Task<bool> SavedAsync(Member member, DbConnection connection, DbTransaction transaction, List<(Member, Exception)> failed)
    {
        try
        {
            await transaction.SaveAsync(Savepoint);
            await OnConnectionAsync(member, connection, transaction);
            await transaction.ReleaseAsync(Savepoint);
            return true;
        }
        catch (Exception e)
        {
            // Listed before the undoing, which may itself fail and end the group: the request is told either way.
            failed.Add((member, e));
            await transaction.RollbackAsync(Savepoint);
            await transaction.ReleaseAsync(Savepoint);
            return false;
        }
    }

    /// <summary>The request's context writes on the group's connection and in its transaction, then goes back to its own connection string.</summary>
    static async Task OnConnectionAsync(Member member, DbConnection connection, DbTransaction transaction)
    {
        var database = member.Db.Database;
        var own = database.GetConnectionString();
        database.SetDbConnection(connection, contextOwnsConnection: false);
        try
        {
            await database.UseTransactionAsync(transaction, member.Ct);
            await InContext(member.Context, () => member.Writes(member.Ct));
        }
        finally
        {
            await database.UseTransactionAsync(null, CancellationToken.None);
            database.SetDbConnection(null, contextOwnsConnection: true);
            database.SetConnectionString(own);
        }
    }

    static Task InContext(ExecutionContext? context, Func<Task> work)
    {
        if (context is null) return work();
        Task? started = null;
        ExecutionContext.Run(context, _ => started = work(), null);
        return started!;
    }
}
