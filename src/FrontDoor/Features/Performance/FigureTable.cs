using System.Globalization;

namespace FrontDoor.Features.Performance;

public enum FigureFormat { Count, Percent, Score, Rate, Pounds, Kilograms }

/// <summary>
/// One number in a table, with how it is written; null when there is nothing to divide by, or when it is
/// <see cref="Withheld"/> from the public because it is too small.
/// </summary>
public readonly record struct Figure(double? Value, FigureFormat Format = FigureFormat.Count, bool Withheld = false)
{
    /// <summary>Published counts from 1 to 4 are withheld, so that no one can be picked out from them.</summary>
    public const int SmallestPublished = 5;

    static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static Figure Count(long value) => new(value);

    /// <summary>A share as a percentage: none when the whole is zero.</summary>
    public static Figure Share(long part, long whole) => new(whole == 0 ? null : 100.0 * part / whole, FigureFormat.Percent);

    public static Figure Per100(long part, long whole) => new(whole == 0 ? null : 100.0 * part / whole, FigureFormat.Rate);

    public static Figure Average(long total, long count) => new(count == 0 ? null : (double)total / count, FigureFormat.Score);

    static bool Small(long count) => count is > 0 and < SmallestPublished;

    /// <summary>A count for the public: withheld when small.</summary>
    public static Figure Published(long count) => Small(count) ? new(null, FigureFormat.Count, true) : Count(count);

    /// <summary>
    /// A share for the public: withheld when its part, its whole or what the part leaves of the whole is small, since
    /// any of those could be worked back from the share and the published whole.
    /// </summary>
    public static Figure PublishedShare(long part, long whole) =>
        whole > 0 && (Small(part) || Small(whole) || Small(whole - part)) ? new(null, FigureFormat.Percent, true) : Share(part, whole);

    public string Text => Withheld ? (Format == FigureFormat.Count ? "Fewer than 5" : "Too few to show") : Value is not double v ? "No data" : Format switch
    {
        FigureFormat.Count => v.ToString("N0", EnGb),
        FigureFormat.Percent => v.ToString("0.#", EnGb) + "%",
        FigureFormat.Score => v.ToString("0.0", EnGb) + " out of 5",
        FigureFormat.Rate => v.ToString("0.#", EnGb),
        FigureFormat.Pounds => (v < 0 ? "-£" : "£") + Math.Abs(v).ToString("N2", EnGb),
        FigureFormat.Kilograms => v.ToString("#,##0.###", EnGb) + "kg",
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
public sealed record FigureTable(string Key, string Title, string Description, IReadOnlyList<string> Columns, IReadOnlyList<FigureRow> Rows,
    int? ChartColumn = null)
{
    public byte[] Csv() => CsvFile.Of(Columns, Rows.Select(r => (IReadOnlyList<string>)[r.Label, .. r.Values.Select(v => v.Raw)]));
}

public enum DashboardTable { Summary, Channels, ChannelShift, Services, Teams, Contacts, Cost, Savings, PrintAndPost, Wards, Hotspots, Backlog, Forms, FormSatisfaction, PageFeedback, TakeUp }

public static class DashboardTables
{
    public static string Slug(this DashboardTable table) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(table.ToString());

    public static DashboardTable? Parse(string? slug) =>
        Enum.GetValues<DashboardTable>().Cast<DashboardTable?>().FirstOrDefault(t => Slug(t!.Value) == slug);
}
