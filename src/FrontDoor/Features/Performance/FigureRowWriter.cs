using System.Data.Common;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FrontDoor.Features.Performance;

/// <summary>
/// Writes figure rows in bulk, in the current transaction: a rebuild writes millions of them, and the change tracker's
/// way (reading each new id back) was most of its time. Columns, names and value conversions come from the EF model,
/// so the rows read back exactly as if EF had written them.
/// </summary>
static class FigureRowWriter
{
    /// <summary>
    /// PostgreSQL takes many rows a statement, saving a round trip each. SQLite finds each named parameter by reading the
    /// statement's names from the start, so there a one-row statement, prepared once and run for each row, is faster.
    /// </summary>
    const int ParametersPerStatement = 10_000;

    public static async Task InsertAsync<T>(FrontDoorDb db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
        var header = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) VALUES ";
        var perStatement = db.IsPostgres ? ParametersPerStatement / columns.Count : 1;

        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var chunk in rows.Chunk(perStatement))
        {
            command.Parameters.Clear();
            var values = chunk.Select((row, r) => "(" + string.Join(", ", columns.Select((column, c) =>
            {
                var name = $"@p{r * columns.Count + c}";
                command.Parameters.Add(Parameter(command, column, name, row));
                return name;
            })) + ")");
            var sql = header + string.Join(", ", values);
            // The same text again lets the provider run the statement it prepared.
            if (command.CommandText != sql) command.CommandText = sql;
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>EF's own type mapping makes the parameter, applying the property's value converter (enums stored by name).</summary>
    static DbParameter Parameter(DbCommand command, IProperty column, string name, object row) =>
        column.GetRelationalTypeMapping().CreateParameter(command, name, column.GetGetter().GetClrValue(row), column.IsNullable);
}
