using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FrontDoor.Data;

/// <summary>
/// A unique index that a save may run into on purpose (two requests racing to make one thing): tells its refusal from
/// any other failure, on either database. Named as EF names an index, IX_Table_Column_Column.
/// </summary>
public sealed class UniqueIndex(string table, params string[] columns)
{
    /// <summary>SQLite's extended result code for a unique constraint (SQLITE_CONSTRAINT_UNIQUE).</summary>
    const int SqliteUnique = 2067;

    public string Name { get; } = $"IX_{table}_{string.Join('_', columns)}";

    // SQLite names the columns rather than the index: "UNIQUE constraint failed: Cases.ApiClientId, Cases.ExternalId".
    readonly string sqliteColumns = string.Join(", ", columns.Select(c => $"{table}.{c}"));

    public bool Refused(DbUpdateException e) => e.InnerException switch
    {
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation && p.ConstraintName == Name,
        SqliteException s => s.SqliteExtendedErrorCode == SqliteUnique && s.Message.Contains($"UNIQUE constraint failed: {sqliteColumns}", StringComparison.Ordinal),
        _ => false,
    };
}
