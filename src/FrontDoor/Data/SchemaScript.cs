using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Data;

/// <summary>
/// `dotnet run -- schema-script sqlite|postgres` prints the CREATE script for the current model:
/// the starting point for a new migration file (EF Core Design does not restore here).
/// </summary>
public static class SchemaScript
{
    public static readonly Shared.AppCommand Command = new("schema-script", "sqlite|postgres",
        "Prints the CREATE script of the current model for a provider: the starting point of a new migration", RunAsync);

    static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args is not [var provider] || provider is not (DatabaseSetup.Sqlite or DatabaseSetup.Postgres))
        {
            await Console.Error.WriteLineAsync($"Name the provider: schema-script {DatabaseSetup.Sqlite}|{DatabaseSetup.Postgres}");
            return 2;
        }
        var options = new DbContextOptionsBuilder<FrontDoorDb>();
        if (provider == DatabaseSetup.Postgres) options.UseNpgsql("Host=unused");
        else options.UseSqlite("Data Source=:memory:");
        using var db = new FrontDoorDb(options.Options);
        Console.WriteLine(db.Database.GenerateCreateScript());
        return 0;
    }
}
