using System.Globalization;
using CsvHelper;

namespace FrontDoor.Features.Performance;

public enum FigureFormat { Count, Percent, Score, Rate, Pounds, Kilograms }

/// <summary>One number in a table, with how it is written; null when there is nothing to divide by.</summary>
public readonly record struct Figure(double? Value, FigureFormat Format = FigureFormat.Count)
{
    static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static Figure Count(long value) => new(value);

    /// <summary>A share as a percentage: none when the whole is zero.</summary>
    public static Figure Share(long part, long whole) => new(whole == 0 ? null : 100.0 * part / whole, FigureFormat.Percent);

    public static Figure Per100(long part, long whole) => new(whole == 0 ? null : 100.0 * part / whole, FigureFormat.Rate);

    public static Figure Average(long total, long count) => new(count == 0 ? null : (double)total / count, FigureFormat.Score);

    public string Text => Value is not double v ? "No data" : Format switch
    {
        FigureFormat.Count => v.ToString("N0", EnGb),
        FigureFormat.Percent => v.ToString("0.#", EnGb) + "%",
        FigureFormat.Score => v.ToString("0.0", EnGb) + " out of 5",
        FigureFormat.Rate => v.ToString("0.#", EnGb),
        FigureFormat.Pounds => "£" + v.ToString("N2", EnGb),
        FigureFormat.Kilograms => v.ToString("N1", EnGb) + "kg",
        _ => v.ToString(EnGb),
    };

    /// <summary>The number as a spreadsheet reads it: plain digits, no units; empty when there is none.</summary>
    public string Raw => Value is not double v ? "" : Format == FigureFormat.Count ? v.ToString("0", CultureInfo.InvariantCulture)
        : Math.Round(v, 2).ToString(CultureInfo.InvariantCulture);
}

public sealed record FigureRow(string Label, IReadOnlyList<Figure> Values);

/// <summary>
/// A table of figures as the dashboard shows it and as its CSV download holds it. Its chart, if it has one, draws one
/// of its columns, so a chart never says what the table does not.
/// </summary>
public sealed record FigureTable(DashboardTable Id, string Title, string Description, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows,
    int? ChartColumn = null)
{
    public byte[] Csv()
    {
        using var bytes = new MemoryStream();
        // Names typed by staff (a service called "=cmd|...") must not run as a formula in a spreadsheet.
        using (var csv = CsvWriter.Create(bytes, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord([.. Columns]);
            foreach (var row in Rows) csv.WriteRecord([row.Label, .. row.Values.Select(v => v.Raw)]);
            csv.Flush();
        }
        return bytes.ToArray();
    }
}

public enum DashboardTable { Summary, Channels, ChannelShift, Services, Teams, Contacts, Backlog, Forms, TakeUp }

public static class DashboardTables
{
    public static string Slug(DashboardTable table) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(table.ToString());

    public static DashboardTable? Parse(string? slug) =>
        Enum.GetValues<DashboardTable>().Cast<DashboardTable?>().FirstOrDefault(t => Slug(t!.Value) == slug);
}
