using System.Collections.Concurrent;
using System.Data.Common;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.ValueGeneration;

namespace FrontDoor.Features.Customers;

/// <summary>
/// A new customer's id is known as soon as the record is added, not once it is saved. So an intake can write its events,
/// which name the customer, in the same save as the customer: one save rather than two, and on SQLite a shorter turn
/// for the writers queued behind it.
/// </summary>
public static class CustomerIds
{
    /// <summary>
    /// On PostgreSQL each node takes ten ids at a time from the column's own sequence (migration 0033 makes it count in
    /// tens). A row added outside EF takes the next ten's first id from the same sequence, so the two never meet.
    /// </summary>
    public static void DrawAhead(ModelBuilder model)
    {
        model.HasSequence<long>(Sequence).IncrementsBy(TakenAtOnce);
        model.Entity<Customer>().Property(c => c.Id).UseHiLo(Sequence);
    }

    /// <summary>The identity column's own sequence, as PostgreSQL names it.</summary>
    public const string Sequence = "Customers_Id_seq";
    public const int TakenAtOnce = 10;

    /// <summary>On SQLite the same, from the table's AUTOINCREMENT counter: see <see cref="SqliteCustomerIds"/>.</summary>
    public static void DrawFromCounter(ModelBuilder model) =>
        model.Entity<Customer>().Property(c => c.Id).HasValueGenerator<SqliteCustomerIds>();
}

/// <summary>
/// Customer ids on SQLite, from the counter SQLite keeps for the table's AUTOINCREMENT (sqlite_sequence). The process
/// takes a hundred at a time, in a write of its own in the file's writers' turn, so a restart leaves at most 99 unused.
/// A row added outside EF (another process) is numbered past the counter, so the two never meet. Inside a transaction
/// (a call back booked with its slot) one id is taken in that transaction: its rollback winds the counter back with the
/// customer, so an id is never held in hand that the counter no longer covers.
/// </summary>
public sealed class SqliteCustomerIds : ValueGenerator<long>
{
    const int TakenAtOnce = 100;
    const string Draw = """
        INSERT INTO sqlite_sequence (name, seq) SELECT 'Customers', (SELECT COALESCE(MAX("Id"), 0) FROM "Customers")
            WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'Customers');
        UPDATE sqlite_sequence SET seq = seq + $count WHERE name = 'Customers' RETURNING seq;
        """;

    /// <summary>Ids in hand, per database file: every context on one file in the process shares them.</summary>
    sealed class InHand
    {
        public readonly SemaphoreSlim Lock = new(1, 1);
        public long Next = 1, Last;
    }

    static readonly ConcurrentDictionary<string, InHand> Files = new();

    public override bool GeneratesTemporaryValues => false;

    // SQLite's own calls finish before they return; only the writers' turn may be waited for, as by every writer that saves synchronously.
    public override long Next(EntityEntry entry) => NextAsync(entry).AsTask().GetAwaiter().GetResult();

    public override async ValueTask<long> NextAsync(EntityEntry entry, CancellationToken ct = default)
    {
        var database = entry.Context.Database;
        if (database.CurrentTransaction is { } transaction)
            return await DrawAsync(database.GetDbConnection(), transaction.GetDbTransaction(), 1, ct);

        var pool = (database.GetDbConnection() as ReusedSqliteConnection ?? throw new InvalidOperationException("Customer ids are drawn on the app's SQLite connections.")).Pool;
        var inHand = Files.GetOrAdd(SqliteWriters.FileOf(pool.ConnectionString), _ => new());
        await inHand.Lock.WaitAsync(ct);
        try
        {
            if (inHand.Next > inHand.Last)
            {
                var last = await DrawInTurnAsync(pool, ct);
                (inHand.Next, inHand.Last) = (last - TakenAtOnce + 1, last);
            }
            return inHand.Next++;
        }
        finally { inHand.Lock.Release(); }
    }

    /// <summary>
    /// A hundred more, in a transaction of their own that waits its turn with the process's other writers: on another of the
    /// pool's connections than the context's, which may be open for the caller's reads.
    /// </summary>
    static async Task<long> DrawInTurnAsync(SqliteConnections pool, CancellationToken ct)
    {
        var turn = SqliteWriters.TurnOf(pool.ConnectionString);
        if (!await turn.WaitAsync(SqliteWriters.LongestWait, ct)) throw SqliteWriters.Timeout();
        try
        {
            await using var connection = new ReusedSqliteConnection(pool);
            await connection.OpenAsync(ct);
            await using var transaction = await connection.BeginTransactionAsync(ct);
            var last = await DrawAsync(connection, transaction, TakenAtOnce, ct);
            await transaction.CommitAsync(ct);
            return last;
        }
        finally { turn.Release(); }
    }

    /// <returns>The last of the ids drawn.</returns>
    static async Task<long> DrawAsync(DbConnection connection, DbTransaction transaction, int count, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Draw;
        var parameter = command.CreateParameter();
        (parameter.ParameterName, parameter.Value) = ("$count", count);
        command.Parameters.Add(parameter);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct));
    }
}
