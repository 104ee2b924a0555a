using FrontDoor.Data;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FrontDoor.Tests.Data;

/// <summary>
/// On PostgreSQL a statement run a few times on a connection is prepared there, so it is parsed and planned once
/// (Npgsql's automatic preparation, on unless the connection string says otherwise).
/// </summary>
public sealed class PreparedStatementsTests(PostgresApp app)
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

    [Theory]
    [InlineData("Host=db;Database=fd", DatabaseSetup.DefaultMaxAutoPrepare)]
    [InlineData("Host=db;Database=fd;Max Auto Prepare=0", 0)]
    [InlineData("Host=db;Database=fd;maxautoprepare=20", 20)]
    public void TheConnectionStringsOwnSettingIsKept(string connectionString, int expected) =>
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(DatabaseSetup.WithPreparedStatements(connectionString)).MaxAutoPrepare);
}
