using System.Data.Common;
using System.Text;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace FrontDoor.Features.Performance;

/// <summary>
/// Writes figure rows many to a statement, in the current transaction. A rebuild writes millions of rows, and the
/// change tracker's one statement a row (reading each new id back) was most of its time. Columns, names and value
/// conversions come from the EF model, so the rows read back exactly as if EF had written them.
/// </summary>
static class FigureRowWriter
{
    /// <summary>Well under SQLite's 32,766 and PostgreSQL's 65,535 parameters a statement.</summary>
    const int ParametersPerStatement = 20_000;

    public static async Task InsertAsync<T>(FrontDoorDb db, IReadOnlyList<T> rows, CancellationToken ct) where T : class
    {
        if (rows.Count == 0) return;
        var entity = db.Model.FindEntityType(typeof(T))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
        var perStatement = ParametersPerStatement / columns.Count;
        var connection = db.Database.GetDbConnection();
        var header = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", columns.Select(c => $"\"{c.GetColumnName(table)}\""))}) VALUES ";

        foreach (var chunk in rows.Chunk(perStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var sql = new StringBuilder(header);
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = $"@p{r * columns.Count + c}";
                    sql.Append(c == 0 ? name : ", " + name);
                    command.Parameters.Add(Parameter(command, columns[c], name, chunk[r]));
                }
                sql.Append(')');
            }
            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    /// <summary>EF's own type mapping makes the parameter, applying the property's value converter (enums stored by name).</summary>
    static DbParameter Parameter(DbCommand command, IProperty column, string name, object row) =>
        column.GetRelationalTypeMapping().CreateParameter(command, name, column.GetGetter().GetClrValue(row), column.IsNullable);
}
