using FrontDoor.Data;
using FrontDoor.Features.Performance;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using SQLitePCL;

namespace FrontDoor.Tests.Data;

/// <summary>
/// On SQLite, EF's connections are taken from the app's pool of open ones (Data/SqliteConnections), which keep each
/// statement they have run prepared. On an app without background jobs, so the test's own queries are the only ones.
/// </summary>
public sealed class SqliteConnectionsTests(NoJobsSqliteApp app) : IClassFixture<NoJobsSqliteApp>
{
    [Fact]
    public async Task AQueryRunAgain_RunsTheStatementPreparedTheFirstTime_WithEachRunsValues()
    {
        await using var scope = app.Scope(out var db);
        var slug = (await db.Services.FirstAsync()).Slug;
        await db.Database.OpenConnectionAsync();
        var connection = Assert.IsType<ReusedSqliteConnection>(db.Database.GetDbConnection()).Held!.Connection.Handle!;
        // SQLite asks the authorizer about a statement while it prepares it, not when it runs.
        var selectsPrepared = 0;
        raw.sqlite3_set_authorizer(connection, (strdelegate_authorizer)((_, action, _, _, _, _) =>
        {
            if (action == raw.SQLITE_SELECT) selectsPrepared++;
            return raw.SQLITE_OK;
        }), null);
        var found = new List<int>();
        try
        {
            foreach (var asked in new[] { slug, "no-such-service", slug })
                found.Add(await db.Services.CountAsync(s => s.Slug == asked));
        }
        finally { raw.sqlite3_set_authorizer(connection, (strdelegate_authorizer?)null, null); }

        Assert.Equal([1, 0, 1], found);
        Assert.Equal(1, selectsPrepared);
    }

    [Fact]
    public async Task AQueryRunWhileTheSameQuerysReaderIsOpen_RunsOnAStatementOfItsOwn()
    {
        await using var scope = app.Scope(out var db);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        const string sql = "SELECT \"Id\" FROM \"Services\" ORDER BY \"Id\"";
        // Run once first, so the connection keeps a command for the text.
        await using (var first = connection.CreateCommand())
        {
            first.CommandText = sql;
            await first.ExecuteScalarAsync();
        }
        await using var outer = connection.CreateCommand();
        outer.CommandText = sql;
        await using var reader = await outer.ExecuteReaderAsync();
        var (outerIds, innerCounts) = (new List<int>(), new List<int>());
        while (await reader.ReadAsync())
        {
            outerIds.Add(reader.GetInt32(0));
            await using var inner = connection.CreateCommand();
            inner.CommandText = sql;
            await using var innerReader = await inner.ExecuteReaderAsync();
            var count = 0;
            while (await innerReader.ReadAsync()) count++;
            innerCounts.Add(count);
        }
        Assert.True(outerIds.Count > 1);
        Assert.All(innerCounts, count => Assert.Equal(outerIds.Count, count));
    }

    [Fact]
    public async Task ACommandDisposedWithItsReaderPartRead_LeavesNoOldSnapshotForTheConnectionsNextHolder()
    {
        await using var scope = app.Scope(out var db);
        // A pool of the test's own on the app's file, so the next holder is sure to get the same connection.
        using var pool = new SqliteConnections(db.Database.GetConnectionString()!);
        const string sql = "SELECT COUNT(*) FROM \"BankHolidays\" UNION ALL SELECT 0";
        await using (var first = new ReusedSqliteConnection(pool))
        {
            first.Open();
            Scalar(first, sql);
            var command = first.CreateCommand();
            command.CommandText = sql;
            var reader = command.ExecuteReader();
            Assert.True(reader.Read());
            command.Dispose();
        }
        await AssertTheNextHolderSeesARowAddedNowAsync(db, pool, sql);
    }

    [Fact]
    public async Task AConnectionGivenBackInsideATransactionNotOfEfs_IsNotLentAgain_NorItsTransactionHandedOn()
    {
        await using (var scope = app.Scope(out var db))
        {
            await db.Database.OpenConnectionAsync();
            await db.Database.ExecuteSqlRawAsync("BEGIN");
            await db.Database.CloseConnectionAsync();
        }
        await using (var scope = app.Scope(out var db))
        {
            // On the connection left inside the transaction SQLite would refuse to begin another.
            await using var transaction = await db.Database.BeginTransactionAsync();
            await transaction.CommitAsync();
        }

        // A pool of the test's own, with nothing idle, makes a new connection for its next holder: the transaction left
        // on the one closed must not come with it, or every read there would see the database as the transaction began.
        await using var scope2 = app.Scope(out var db2);
        using var pool = new SqliteConnections(db2.Database.GetConnectionString()!);
        await using (var left = new ReusedSqliteConnection(pool))
        {
            left.Open();
            Scalar(left, "BEGIN");
            Scalar(left, CountBankHolidays);
        }
        await AssertTheNextHolderSeesARowAddedNowAsync(db2, pool, CountBankHolidays);
    }

    /// <summary>Adds a bank holiday through the app, then counts them on the pool's next connection.</summary>
    static async Task AssertTheNextHolderSeesARowAddedNowAsync(FrontDoorDb db, SqliteConnections pool, string countSql)
    {
        var before = await db.BankHolidays.LongCountAsync();
        db.BankHolidays.Add(new() { Division = "added-" + Guid.NewGuid().ToString("N")[..8], Date = new DateOnly(2032, 1, 1), Title = "Test" });
        await db.SaveChangesAsync();
        await using var next = new ReusedSqliteConnection(pool);
        next.Open();
        Assert.Equal(before + 1, Scalar(next, countSql));
    }

    const string CountBankHolidays = "SELECT COUNT(*) FROM \"BankHolidays\"";

    static long? Scalar(ReusedSqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as long?;
    }

    [Fact]
    public async Task DecimalComparisonsAndSums_RunOnThePoolsConnections()
    {
        await using var scope = app.Scope(out var db);
        await db.ChannelRates.ExecuteDeleteAsync();
        db.ChannelRates.AddRange(
            new ChannelRate { Item = RatedItem.Web, CostPounds = 0.15m, CarbonKg = 0.02m, UpdatedAt = DateTime.UtcNow },
            new ChannelRate { Item = RatedItem.Phone, CostPounds = 2.99m, CarbonKg = 0.1m, UpdatedAt = DateTime.UtcNow },
            new ChannelRate { Item = RatedItem.Letter, CostPounds = 10.5m, CarbonKg = 0.3m, UpdatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();

        // Compared as numbers, 10.5 is over 2.99; as text it is under.
        Assert.Equal([RatedItem.Phone, RatedItem.Letter], await db.ChannelRates.Where(r => r.CostPounds > 1m).OrderBy(r => r.CostPounds).Select(r => r.Item).ToListAsync());
        Assert.Equal(13.64m, await db.ChannelRates.SumAsync(r => r.CostPounds));
        Assert.Equal(10.5m, await db.ChannelRates.MaxAsync(r => r.CostPounds));
        await db.ChannelRates.ExecuteDeleteAsync();
    }
}
