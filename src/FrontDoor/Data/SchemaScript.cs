using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Data;

/// <summary>
/// `dotnet run -- schema-script sqlite|postgres` prints the CREATE script for the current model:
/// the starting point for a new migration file (EF Core Design does not restore here).
/// </summary>
public static class SchemaScript
{
    public static bool TryRun(string[] args)
    {
        if (args is not ["schema-script", var provider]) return false;
        var options = new DbContextOptionsBuilder<FrontDoorDb>();
        if (provider == DatabaseSetup.Postgres) options.UseNpgsql("Host=unused");
        else options.UseSqlite("Data Source=:memory:");
        using var db = new FrontDoorDb(options.Options);
        Console.WriteLine(db.Database.GenerateCreateScript());
        return true;
    }
}
