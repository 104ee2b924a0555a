using FrontDoor.Data;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FrontDoor.Tests.Data;

/// <summary>
/// On PostgreSQL a statement run a few times on a connection is prepared there, so it is parsed and planned once
/// (Npgsql's automatic preparation), a connection goes back to its pool without Npgsql's reset, and it is replaced after
/// two minutes; each unless the connection string says otherwise.
/// </summary>
public sealed class PostgresConnectionSettingsTests(PostgresApp app)
{
    [Fact]
    public async Task AStatementRunOftenOnOneConnection_IsPreparedThere()
    {
        await using var scope = app.Scope(out var db);
        await db.Database.OpenConnectionAsync();
        for (var i = 0; i < 10; i++) await db.Services.Where(s => s.Slug == "pothole").Select(s => s.Id).FirstOrDefaultAsync();

        var prepared = await db.Database
            .SqlQueryRaw<long>("SELECT COUNT(*) AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%\"Slug\"%'").SingleAsync();
        Assert.True(prepared > 0, "the repeated look-up was not prepared");
    }

    [Fact]
    public async Task TheAppsConnections_GoBackToThePoolWithoutAReset_AndAreReplacedAfterTwoMinutes()
    {
        await using var scope = app.Scope(out var db);
        var settings = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        Assert.True(settings.NoResetOnClose);
        Assert.Equal(120, settings.ConnectionLifetime);
    }

    [Fact]
    public async Task AConnectionClosedInATransaction_GoesBackWithTheTransactionRolledBack()
    {
        // One connection in the pool, so closing it keeps its session open there.
        await using var pooled = NpgsqlDataSource.Create(DatabaseSetup.Tuned(app.DatabaseConnection + ";Maximum Pool Size=1"));
        const long key = 5150399;
        await using (var connection = await pooled.OpenConnectionAsync())
        {
            await using var tx = await connection.BeginTransactionAsync();
            await using var take = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({key})", connection, tx);
            await take.ExecuteNonQueryAsync();
        }

        // The lock lasts only as long as its transaction: another session can take it once the transaction is gone.
        await using var other = new NpgsqlConnection(app.DatabaseConnection + ";Pooling=false");
        await other.OpenAsync();
        await using var tryTake = new NpgsqlCommand($"SELECT pg_try_advisory_lock({key})", other);
        Assert.True((bool)(await tryTake.ExecuteScalarAsync())!, "the closed connection's transaction was still open in the pool");
        await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({key})", other);
        await release.ExecuteNonQueryAsync();
    }

    [Theory]
    [InlineData("Host=db;Database=fd", DatabaseSetup.DefaultMaxAutoPrepare, true, DatabaseSetup.DefaultConnectionLifetime)]
    [InlineData("Host=db;Database=fd;Max Auto Prepare=0;Connection Lifetime=0", 0, true, 0)]
    [InlineData("Host=db;Database=fd;maxautoprepare=20;No Reset On Close=false", 20, false, DatabaseSetup.DefaultConnectionLifetime)]
    [InlineData("Host=db;Database=fd;noresetonclose=false;connectionlifetime=600", DatabaseSetup.DefaultMaxAutoPrepare, false, 600)]
    public void TheConnectionStringsOwnSettingsAreKept(string connectionString, int maxAutoPrepare, bool noReset, int lifetime)
    {
        var tuned = new NpgsqlConnectionStringBuilder(DatabaseSetup.Tuned(connectionString));
        Assert.Equal(maxAutoPrepare, tuned.MaxAutoPrepare);
        Assert.Equal(noReset, tuned.NoResetOnClose);
        Assert.Equal(lifetime, tuned.ConnectionLifetime);
    }
}
