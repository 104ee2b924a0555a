using System.Data.Common;
using System.Reflection;
using FrontDoor.Shared;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace FrontDoor.Data;

public static class DatabaseSetup
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary>SQLite in a file under ./data by default; PostgreSQL when Database:Provider=postgres.</summary>
    public static WebApplicationBuilder AddDatabase(this WebApplicationBuilder builder)
    {
        builder.Services.AddCommand(SchemaScript.Command);
        builder.Services.AddCommand(MigrateCommand);
        var provider = (builder.Configuration["Database:Provider"] ?? Sqlite).ToLowerInvariant();
        var connectionString = builder.Configuration.GetConnectionString("FrontDoor");
        switch (provider)
        {
            case Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("Database:Provider is postgres, so set ConnectionStrings:FrontDoor too.");
                var postgres = Tuned(connectionString);
                builder.Services.AddDbContextPool<FrontDoorDb>((sp, o) => Quiet(o.UseNpgsql(postgres).AddInterceptors(sp.GetServices<IInterceptor>())));
                builder.Services.AddSingleton(GroupCommit.ForPostgres());
                break;
            case Sqlite:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    var folder = Path.Combine(builder.Environment.ContentRootPath, "data");
                    Directory.CreateDirectory(folder);
                    connectionString = $"Data Source={Path.Combine(folder, "frontdoor.db")}";
                }
                SqliteEngine.Configure();
                builder.Services.AddSingleton(_ => new SqliteConnections(connectionString));
                builder.Services.AddDbContextPool<FrontDoorDb>((sp, o) => Quiet(o.UseSqlite(connectionString)
                    .AddInterceptors([sp.GetRequiredService<SqliteConnections>(), new SqliteWriters(connectionString), .. sp.GetServices<IInterceptor>()])));
                builder.Services.AddSingleton(sp => GroupCommit.ForSqlite(sp.GetRequiredService<SqliteConnections>()));
                break;
            default:
                throw new InvalidOperationException($"Database:Provider must be '{Sqlite}' or '{Postgres}'.");
        }
        return builder;
    }

    /// <summary>How many statements each PostgreSQL connection keeps prepared when the connection string does not say.</summary>
    public const int DefaultMaxAutoPrepare = 200;

    /// <summary>How long a PostgreSQL connection lasts, in seconds, when the connection string does not say.</summary>
    public const int DefaultConnectionLifetime = 120;

    /// <summary>
    /// The PostgreSQL connection string with three of Npgsql's settings changed, each unless the string already sets it:
    /// <list type="bullet">
    /// <item>Automatic preparation on (<c>Max Auto Prepare</c>; 0 turns it off, for a pooler that cannot hold prepared
    /// statements). A statement run a few times on a connection is then parsed and planned once: intake's inserts and
    /// look-ups cost PostgreSQL about half as much, and intake ran 1.6 times as fast on the bench.</item>
    /// <item>No reset when a connection goes back to its pool (<c>No Reset On Close</c>). With statements prepared,
    /// Npgsql's reset is seven statements, run ahead of the next request's own: for a read by reference they were most
    /// of PostgreSQL's work, and the REST read and My account ran 1.25–1.4 times as fast without them. FrontDoor leaves
    /// nothing on a session to reset: no SET, temporary table, cursor or LISTEN, and the two session locks taken at
    /// start-up are let go in a <c>finally</c>; an open transaction is still rolled back when its connection closes.</item>
    /// <item>Connections replaced after two minutes (<c>Connection Lifetime</c>), when they go back to the pool. A prepared
    /// statement can get stuck being planned afresh at every run: PostgreSQL weighs its one generic plan against the custom
    /// plans once, and after statistics change under load (autovacuum analysing the tables intake fills) it may never weigh
    /// it again on that connection. On the bench the tracking page fell from about 2,700 to 1,700 req/s a minute after
    /// intake and stayed there; with connections replaced after two minutes it came back to 3,200–3,300 once they were. A
    /// new connection costs PostgreSQL a few milliseconds, under one every two seconds with the pool full.</item>
    /// </list>
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString);
        var said = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>().Select(key => key.Replace(" ", "")).ToList();
        bool Says(string key) => said.Contains(key, StringComparer.OrdinalIgnoreCase);
        if (!Says("MaxAutoPrepare")) settings.MaxAutoPrepare = DefaultMaxAutoPrepare;
        if (!Says("NoResetOnClose")) settings.NoResetOnClose = true;
        if (!Says("ConnectionLifetime")) settings.ConnectionLifetime = DefaultConnectionLifetime;
        return settings.ConnectionString;
    }

    /// <summary>Brings the schema up to date and, unless Demo:Seed is false, fills an empty database with the demo council.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        await MigrateAsync(db);
        // Several instances may start together on an empty PostgreSQL database: one fills it while the others wait,
        // then find it filled. (SQLite is one process's file.)
        await db.Database.OpenConnectionAsync();
        try
        {
            if (db.IsPostgres) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(5150312)");
            await KeyRing.PrepareAsync(db, scope.ServiceProvider, app.Configuration, app.Environment);
            await SearchKeysBackfill.RunAsync(db);
            await Features.Calendar.BankHolidayFile.EnsureLoadedAsync(db);
            if (app.Configuration.GetValue("Demo:Seed", true))
            {
                await Features.DemoCouncil.DemoSeeder.SeedAsync(db, scope.ServiceProvider.GetRequiredService<Features.CatalogueTransfer.CatalogueImport>());
                await Features.DemoCouncil.DemoStaff.SeedAsync(db, scope.ServiceProvider, default);
                await Features.DemoCouncil.DemoAppointments.SeedAsync(db, default);
            }
        }
        finally
        {
            if (db.IsPostgres) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(5150312)");
            await db.Database.CloseConnectionAsync();
        }
    }

    // Advisory lock keys: 5150311 while migrating, 5150312 while filling the database, 5150313 while sealing the audit log.

    /// <summary>
    /// A save that fails and is not handled is logged where it is caught (the error handler, a job's loop), with what was
    /// being done. One that is handled is expected (a connected system's repeat turned away by its unique index, two sends
    /// of one draft), so EF's own reports of every failed save and statement are not errors in the log.
    /// </summary>
    internal static DbContextOptionsBuilder Quiet(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log((CoreEventId.SaveChangesFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug)));

    /// <summary>Migrations only, run as the database owner when the application's own role cannot change the schema.</summary>
    static readonly AppCommand MigrateCommand = new("migrate", "",
        "Brings the database's schema up to date and nothing else: run it as the owner when the application's role cannot change the schema", async (app, _) =>
        {
            using var scope = app.Services.CreateScope();
            await MigrateAsync(scope.ServiceProvider.GetRequiredService<FrontDoorDb>());
            Console.WriteLine("The database is up to date.");
            return 0;
        });

    /// <summary>
    /// Applies the SQL migrations for the provider in use, in name order, each once, each in a
    /// transaction with its record, so an existing database upgrades in place without losing data.
    /// </summary>
    public static async Task MigrateAsync(FrontDoorDb db, CancellationToken ct = default)
    {
        var provider = db.IsPostgres ? Postgres : Sqlite;
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        try
        {
            if (!db.IsPostgres) await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", ct);
            // Several app instances may start together against one PostgreSQL database: one migrates at a time,
            // from creating the record table on (two at once can collide even on CREATE TABLE IF NOT EXISTS).
            else await ExecuteAsync(connection, null, "SELECT pg_advisory_lock(5150311);", ct);
            // Asked first rather than CREATE ... IF NOT EXISTS: an application role without rights to change the schema
            // (docs/postgres-roles.sql) may not even try, and has nothing to do once the owner has migrated.
            await using (var exists = connection.CreateCommand())
            {
                exists.CommandText = db.IsPostgres
                    ? "SELECT COUNT(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema() AND tablename = '__FrontDoorMigrations'"
                    : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = '__FrontDoorMigrations'";
                if (Convert.ToInt64(await exists.ExecuteScalarAsync(ct)) == 0)
                    await ExecuteAsync(connection, null,
                        "CREATE TABLE \"__FrontDoorMigrations\" (\"Id\" varchar(200) PRIMARY KEY, \"AppliedAt\" varchar(40) NOT NULL);", ct);
            }
            var assembly = Assembly.GetExecutingAssembly();
            var prefix = $"FrontDoor.Data.Migrations.{provider}.";
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix)).Order(StringComparer.Ordinal))
            {
                var id = name[prefix.Length..];
                await using var tx = await connection.BeginTransactionAsync(ct);
                if (await IsAppliedAsync(connection, tx, id, ct)) continue;
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                await ExecuteAsync(connection, tx, await reader.ReadToEndAsync(ct), ct);
                await using var record = connection.CreateCommand();
                record.Transaction = tx;
                record.CommandText = "INSERT INTO \"__FrontDoorMigrations\" (\"Id\", \"AppliedAt\") VALUES (@id, @at)";
                AddParameter(record, "@id", id);
                AddParameter(record, "@at", DateTime.UtcNow.ToString("O"));
                await record.ExecuteNonQueryAsync(ct);
                await tx.CommitAsync(ct);
            }
        }
        finally
        {
            if (db.IsPostgres) await ExecuteAsync(connection, null, "SELECT pg_advisory_unlock(5150311);", CancellationToken.None);
            await connection.CloseAsync();
        }
    }

    static async Task<bool> IsAppliedAsync(DbConnection connection, DbTransaction tx, string id, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT COUNT(*) FROM \"__FrontDoorMigrations\" WHERE \"Id\" = @id";
        AddParameter(command, "@id", id);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct)) > 0;
    }

    static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }

    static void AddParameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
