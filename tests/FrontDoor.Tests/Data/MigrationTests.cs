using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Data;

public abstract class MigrationTests(TestApp app)
{
    [Fact]
    public async Task Backfill_CustomerWrittenBeforeSearchKeys_GetsKeysAndContactPoints()
    {
        var email = $"Old.Record-{Guid.NewGuid():N}@Example.com";
        await using var scope = app.Scope(out var db);
        // As a row written before migration 0004: no search keys, no contact points.
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Customers" ("FullName", "Email", "EmailNormalised", "Phone", "CreatedAt", "UpdatedAt", "AssistanceNeeds", "ContactBy", "Paperless", "NameKey", "SurnameCode", "ForenameCode", "Initial")
            VALUES ('Mrs Olive Oldrecord', {email}, {email.ToLowerInvariant()}, '+44 7700 900555', {DateTime.UtcNow}, {DateTime.UtcNow}, '', 'Email', {false}, '', '', '', '')
            """);
        await FrontDoor.Data.SearchKeysBackfill.RunAsync(db);

        var customer = await db.Customers.Include(c => c.ContactPoints).SingleAsync(c => c.Email == email);
        Assert.Equal(("olive oldrecord", "O436", "O410", "o"), (customer.NameKey, customer.SurnameCode, customer.ForenameCode, customer.Initial));
        Assert.Equal("07700900555", customer.PhoneKey);
        Assert.Equal([email.ToLowerInvariant(), "07700900555"], customer.ContactPoints.OrderBy(p => p.Kind).Select(p => p.Key).ToList());
        Assert.All(customer.ContactPoints, p => Assert.Null(p.VerifiedAt));
    }

    /// <summary>Fails when an entity changes without a migration for this provider.</summary>
    [Fact]
    public async Task Migrations_CreateEveryTableAndColumnOfTheModel()
    {
        await using var scope = app.Scope(out var db);
        var expected = db.Model.GetRelationalModel().Tables
            .SelectMany(t => t.Columns.Select(c => $"{t.Name}.{c.Name}"))
            .Order().ToList();

        var sql = db.IsPostgres
            ? "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public'"
            : "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'";
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var actual = new HashSet<string>();
        await using (var reader = await command.ExecuteReaderAsync())
            while (await reader.ReadAsync()) actual.Add(reader.GetString(0));

        var missing = expected.Except(actual).ToList();
        Assert.True(expected.Count > 50);
        Assert.Empty(missing);
    }

    /// <summary>Fails when an index of the model (the queues depend on them at scale) has no migration.</summary>
    [Fact]
    public async Task Migrations_CreateEveryIndexOfTheModel()
    {
        await using var scope = app.Scope(out var db);
        var expected = db.Model.GetEntityTypes().SelectMany(t => t.GetIndexes()).Select(i => i.GetDatabaseName()!).Order().ToList();
        var sql = db.IsPostgres
            ? "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"
            : "SELECT name FROM sqlite_master WHERE type = 'index' AND name IS NOT NULL";
        var actual = await db.Database.SqlQueryRaw<string>(sql).ToListAsync();
        Assert.True(expected.Count > 20);
        Assert.Empty(expected.Except(actual));
    }
}

public class MigrationTestsOnSqlite(SqliteApp app) : MigrationTests(app);
public class MigrationTestsOnPostgres(PostgresApp app) : MigrationTests(app);
