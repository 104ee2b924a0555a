// The machine's own limit for a web request with a database: POST /items parses a form and inserts one row;
// GET /items/{id} reads one row by key. No framework beyond Kestrel's minimal APIs, one statement per request.
// Usage: dotnet Limit.dll --Provider sqlite|postgres --ConnectionString "..." (ASPNETCORE_URLS chooses the address).
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var postgres = builder.Configuration["Provider"] == "postgres";
var connectionString = builder.Configuration["ConnectionString"] ?? throw new InvalidOperationException("Give --ConnectionString");
var app = builder.Build();

DbDataSource source;
if (postgres) source = NpgsqlDataSource.Create(connectionString);
else
{
    SQLitePCL.Batteries_V2.Init();
    source = new SqliteDataSource(connectionString);
}
await using (var setUp = await source.OpenConnectionAsync())
{
    var sql = postgres
        ? "CREATE TABLE IF NOT EXISTS items (id bigserial PRIMARY KEY, name text NOT NULL, email text NOT NULL, description text NOT NULL, created timestamptz NOT NULL)"
        : "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, email TEXT NOT NULL, description TEXT NOT NULL, created TEXT NOT NULL)";
    await using var command = setUp.CreateCommand();
    command.CommandText = sql;
    await command.ExecuteNonQueryAsync();
}

app.MapPost("/items", async (HttpRequest request) =>
{
    var form = await request.ReadFormAsync();
    await using var connection = await source.OpenConnectionAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "INSERT INTO items (name, email, description, created) VALUES (@name, @email, @description, @created) RETURNING id";
    Add(command, "@name", form["name"].ToString());
    Add(command, "@email", form["email"].ToString());
    Add(command, "@description", form["description"].ToString());
    Add(command, "@created", DateTime.UtcNow);
    return Results.Text(Convert.ToString(await command.ExecuteScalarAsync()));
});

app.MapGet("/items/{id:long}", async (long id) =>
{
    await using var connection = await source.OpenConnectionAsync();
    await using var command = connection.CreateCommand();
    command.CommandText = "SELECT name, email, description FROM items WHERE id = @id";
    Add(command, "@id", id);
    await using var reader = await command.ExecuteReaderAsync();
    return await reader.ReadAsync()
        ? Results.Json(new Item(reader.GetString(0), reader.GetString(1), reader.GetString(2)), LimitJson.Default.Item)
        : Results.NotFound();
});

await app.RunAsync();

static void Add(DbCommand command, string name, object value)
{
    var p = command.CreateParameter();
    p.ParameterName = name;
    p.Value = value;
    command.Parameters.Add(p);
}

record Item(string Name, string Email, string Description);

[System.Text.Json.Serialization.JsonSerializable(typeof(Item))]
partial class LimitJson : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>Microsoft.Data.Sqlite has no DbDataSource of its own: this opens pooled connections, each waiting up to 30 s for the writer.</summary>
sealed class SqliteDataSource(string connectionString) : DbDataSource
{
    public override string ConnectionString => connectionString;
    protected override DbConnection CreateDbConnection() => new SqliteConnection(connectionString + ";Default Timeout=30;Pooling=True");
}
