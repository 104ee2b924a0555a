using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace FrontDoor.Data;

/// <summary>
/// The functions EF Core's SQLite provider adds to each connection it makes, for the SQL it writes: REGEXP, and decimal
/// arithmetic, comparison and aggregates, which SQLite would otherwise do in floating point. The pool's connections
/// (<see cref="SqliteConnections"/>) are not made by EF, so they are added here, once on each.
/// </summary>
static class SqliteFunctions
{
    public static void AddTo(SqliteConnection connection)
    {
        connection.CreateFunction("regexp", (string? pattern, string? input) => pattern is null || input is null ? (bool?)null : Regex.IsMatch(input, pattern), isDeterministic: true);
        connection.CreateFunction("ef_mod", (decimal? dividend, decimal? divisor) => divisor == 0m ? null : dividend % divisor, isDeterministic: true);
        connection.CreateFunction("ef_add", (decimal? left, decimal? right) => left + right, isDeterministic: true);
        connection.CreateFunction("ef_divide", (decimal? dividend, decimal? divisor) => divisor == 0m ? null : dividend / divisor, isDeterministic: true);
        connection.CreateFunction("ef_compare", (decimal? left, decimal? right) => left is { } l && right is { } r ? decimal.Compare(l, r) : (int?)null, isDeterministic: true);
        connection.CreateFunction("ef_multiply", (decimal? left, decimal? right) => left * right, isDeterministic: true);
        connection.CreateFunction("ef_negate", (decimal? value) => -value, isDeterministic: true);
        connection.CreateAggregate("ef_sum", (decimal?)null, (decimal? sum, decimal? value) => value is null ? sum : (sum ?? 0m) + value, isDeterministic: true);
        connection.CreateAggregate("ef_min", (decimal?)null, (decimal? least, decimal? value) => least is null || value < least ? value ?? least : least, isDeterministic: true);
        connection.CreateAggregate("ef_max", (decimal?)null, (decimal? most, decimal? value) => most is null || value > most ? value ?? most : most, isDeterministic: true);
        connection.CreateAggregate("ef_avg", (Sum: 0m, Count: 0UL),
            ((decimal Sum, ulong Count) so, decimal? value) => value is { } v ? (so.Sum + v, so.Count + 1) : so,
            so => so.Count == 0 ? (decimal?)null : so.Sum / so.Count, isDeterministic: true);
        connection.CreateCollation("EF_DECIMAL", (x, y) => decimal.Compare(decimal.Parse(x, CultureInfo.InvariantCulture), decimal.Parse(y, CultureInfo.InvariantCulture)));
    }
}
