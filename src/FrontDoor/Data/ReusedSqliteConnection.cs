using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace FrontDoor.Data;

/// <summary>
/// The connection EF holds on SQLite: opening it takes one of the pool's open connections (<see cref="SqliteConnections"/>),
/// closing it gives that one back, and its commands run the ones kept there for their text.
/// </summary>
sealed class ReusedSqliteConnection(SqliteConnections pool) : DbConnection
{
    ReusedSqliteTransaction? transaction;

    /// <summary>The pool it takes from, for a connection of its own beside this one (see Customers/CustomerIds).</summary>
    internal SqliteConnections Pool => pool;

    internal ReusableSqlite? Held { get; private set; }

    internal ReusableSqlite HeldFor(string use) =>
        Held ?? throw new InvalidOperationException($"{use} needs an open connection.");

    [AllowNull]
    public override string ConnectionString
    {
        get => pool.ConnectionString;
        // EF sets it back after a context borrowed the group commit's connection: it can only be the pool's own.
        set
        {
            if (value != pool.ConnectionString) throw new NotSupportedException("This connection belongs to its pool's database.");
        }
    }

    public override string Database => "main";
    public override string DataSource => new SqliteConnectionStringBuilder(pool.ConnectionString).DataSource;
    public override string ServerVersion => SQLitePCL.raw.sqlite3_libversion().utf8_to_string();
    public override ConnectionState State => Held is null ? ConnectionState.Closed : ConnectionState.Open;

    public override void Open()
    {
        if (Held is not null) throw new InvalidOperationException("The connection is already open.");
        Held = pool.Take();
    }

    public override void Close()
    {
        if (Held is not { } held) return;
        Held = null;
        try { transaction?.Dispose(); }
        finally { pool.Give(held); }
    }

    public override void ChangeDatabase(string databaseName) => throw new NotSupportedException("A SQLite connection has one database.");

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) =>
        transaction = new ReusedSqliteTransaction(this, HeldFor("A transaction").Connection.BeginTransaction(isolationLevel));

    internal void Ended(ReusedSqliteTransaction ended)
    {
        if (transaction == ended) transaction = null;
    }

    protected override DbCommand CreateDbCommand() => new ReusedSqliteCommand { Connection = this };

    protected override void Dispose(bool disposing)
    {
        if (disposing) Close();
        base.Dispose(disposing);
    }
}

/// <summary>A transaction on the held connection, answering to EF as one of <see cref="ReusedSqliteConnection"/>'s.</summary>
sealed class ReusedSqliteTransaction(ReusedSqliteConnection connection, SqliteTransaction inner) : DbTransaction
{
    internal SqliteTransaction Inner => inner;

    protected override DbConnection DbConnection => connection;
    public override IsolationLevel IsolationLevel => inner.IsolationLevel;
    public override bool SupportsSavepoints => true;

    public override void Commit() => inner.Commit();
    public override void Rollback() => inner.Rollback();
    public override void Save(string savepointName) => inner.Save(savepointName);
    public override void Rollback(string savepointName) => inner.Rollback(savepointName);
    public override void Release(string savepointName) => inner.Release(savepointName);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
            connection.Ended(this);
        }
        base.Dispose(disposing);
    }
}
