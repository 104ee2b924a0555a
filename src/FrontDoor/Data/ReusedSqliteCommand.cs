using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Data.Sqlite;

namespace FrontDoor.Data;

/// <summary>
/// A command of <see cref="ReusedSqliteConnection"/>'s: each run takes the held connection's command for its text (its
/// statements prepared since that command's first run), binds this one's parameters to it, and gives it back when this
/// one runs again or is disposed.
/// </summary>
sealed class ReusedSqliteCommand : DbCommand
{
    readonly ParameterList parameters = new();
    ReusedSqliteConnection? connection;
    (ReusableSqlite From, int Holding, SqliteCommand Command)? taken;
    SqliteDataReader? reader;

    [AllowNull] public override string CommandText { get; set; } = "";
    public override int CommandTimeout { get; set; } = 30;
    public override bool DesignTimeVisible { get; set; }
    public override UpdateRowSource UpdatedRowSource { get; set; }

    public override CommandType CommandType
    {
        get => CommandType.Text;
        set
        {
            if (value != CommandType.Text) throw new ArgumentException("SQLite runs text commands only.", nameof(value));
        }
    }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set => connection = (ReusedSqliteConnection?)value;
    }

    protected override DbParameterCollection DbParameterCollection => parameters;
    protected override DbTransaction? DbTransaction { get; set; }
    protected override DbParameter CreateDbParameter() => new SqliteParameter();

    /// <summary>Nothing to do: a statement is prepared on its first run and kept.</summary>
    public override void Prepare() { }

    /// <summary>As Microsoft.Data.Sqlite's: SQLite's calls cannot be stopped part way.</summary>
    public override void Cancel() { }

    public override int ExecuteNonQuery() => Bound().ExecuteNonQuery();
    public override object? ExecuteScalar() => Bound().ExecuteScalar();

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) =>
        // The reader would close the pool's connection, not this one.
        behavior.HasFlag(CommandBehavior.CloseConnection)
            ? throw new NotSupportedException("A reader cannot close a pooled SQLite connection.")
            : reader = Bound().ExecuteReader(behavior);

    SqliteCommand Bound()
    {
        var held = (connection ?? throw new InvalidOperationException("The command has no connection.")).HeldFor("A command");
        GiveBack();
        var command = held.Take(CommandText);
        taken = (held, held.Holding, command);
        command.CommandTimeout = CommandTimeout;
        command.Transaction = DbTransaction switch
        {
            null => null,
            ReusedSqliteTransaction ours => ours.Inner,
            _ => throw new InvalidOperationException("The transaction is not this connection's."),
        };
        foreach (SqliteParameter parameter in parameters) command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>
    /// Only to the holding it was taken from: once the connection closed, its pool may have lent it to another. The reader
    /// is closed first, as disposing Microsoft.Data.Sqlite's command would: a statement left part read would hold its
    /// snapshot of the database open on the connection, for every later read there to see.
    /// </summary>
    void GiveBack()
    {
        if (taken is (var from, var holding, var command) && connection?.Held == from && from.Holding == holding)
        {
            reader?.Dispose();
            from.Give(command);
        }
        (taken, reader) = (null, null);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) GiveBack();
        base.Dispose(disposing);
    }

    sealed class ParameterList : SqliteParameterCollection;
}
