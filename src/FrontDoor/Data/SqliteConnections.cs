using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FrontDoor.Data;

/// <summary>
/// SQLite parses and plans a statement when it is prepared, and Microsoft.Data.Sqlite finalizes what it prepared when the
/// command is disposed or its connection closes. EF makes a command for each query and closes its connection after it,
/// so every statement of every request was parsed and planned afresh: in a profile of the tracking page that, with the
/// allocations it made and the functions registered on every open, was over a third of the process's CPU, and the
/// statement's run under 1%. Here one file's connections stay open in a pool of this app's, each keeping the commands it
/// has run, by their text, with their statements prepared. EF's connection (<see cref="ReusedSqliteConnection"/>) takes one
/// while EF holds it open and gives it back when EF closes it, so EF's opening, closing and transactions are unchanged.
/// </summary>
sealed class SqliteConnections(string connectionString) : DbConnectionInterceptor, IDisposable
{
    /// <summary>More than a busy server has requests and jobs reading at once; a connection over it is closed when given back.</summary>
    const int MostIdle = 16;
    /// <summary>For writers outside this process's queue (see <see cref="SqliteWriters"/>): wait for the file's lock this long.</summary>
    const string BusyTimeout = "PRAGMA busy_timeout = 5000;";

    readonly ConcurrentStack<ReusableSqlite> idle = new();
    volatile bool disposed;

    /// <summary>
    /// This pool is the connections' only one. Closing one really closes SQLite's connection, so a transaction left open
    /// on it is rolled back, not handed on by Microsoft.Data.Sqlite's pool to the next connection opened.
    /// </summary>
    readonly string unpooled = new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();

    public string ConnectionString => connectionString;

    public override InterceptionResult<DbConnection> ConnectionCreating(ConnectionCreatingEventData eventData, InterceptionResult<DbConnection> result) =>
        InterceptionResult<DbConnection>.SuppressWithResult(new ReusedSqliteConnection(this));

    /// <summary>The connection given back last, whose statements are the likeliest to be prepared, or a new one.</summary>
    internal ReusableSqlite Take()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (idle.TryPop(out var reusable)) return reusable;
        var connection = new SqliteConnection(unpooled);
        try
        {
            SqliteFunctions.AddTo(connection);
            connection.Open();
            using var timeout = connection.CreateCommand();
            timeout.CommandText = BusyTimeout;
            timeout.ExecuteNonQuery();
            return new(connection);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal void Give(ReusableSqlite reusable)
    {
        if (!reusable.Reset() || disposed || idle.Count >= MostIdle)
        {
            reusable.Dispose();
            return;
        }
        idle.Push(reusable);
        if (disposed) Dispose();
    }

    public void Dispose()
    {
        disposed = true;
        while (idle.TryPop(out var reusable)) reusable.Dispose();
    }
}

/// <summary>One open connection of the pool's and the commands it has run, kept by their text. Used by one holder at a time.</summary>
sealed class ReusableSqlite(SqliteConnection connection) : IDisposable
{
    /// <summary>Enough for every statement the hot pages and intake run; an odd one past it is finalized after its run.</summary>
    const int MostKept = 100;

    readonly Dictionary<string, SqliteCommand> kept = new(StringComparer.Ordinal);
    readonly HashSet<SqliteCommand> lent = [];

    public SqliteConnection Connection => connection;

    /// <summary>Which holding of the connection this is: a command given back after its holder closed is not taken back.</summary>
    public int Holding { get; private set; }

    /// <summary>The command kept for the text, or a new one when none is kept or it is lent out (a query run inside another's read).</summary>
    public SqliteCommand Take(string sql)
    {
        if (!kept.Remove(sql, out var command)) command = new SqliteCommand(sql, connection);
        lent.Add(command);
        return command;
    }

    public void Give(SqliteCommand command)
    {
        if (!lent.Remove(command)) return;
        command.Parameters.Clear();
        command.Transaction = null;
        if (kept.Count >= MostKept || !kept.TryAdd(command.CommandText, command)) command.Dispose();
    }

    /// <summary>
    /// Ends a holding. Commands not given back are finalized (one may still have a reader open). False when the holder
    /// left a transaction open outside EF's and ours, so the connection is closed, which rolls it back.
    /// </summary>
    public bool Reset()
    {
        foreach (var command in lent) command.Dispose();
        lent.Clear();
        Holding++;
        return SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) != 0;
    }

    public void Dispose()
    {
        foreach (var command in kept.Values) command.Dispose();
        kept.Clear();
        connection.Dispose();
    }
}
