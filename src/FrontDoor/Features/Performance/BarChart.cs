using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace FrontDoor.Features.Performance;

/// <summary>
/// A table's chart, drawn on the server as SVG: one bar a row for the table's chart column, each row's label above its
/// bar so it reads at 320 pixels wide. Hidden from screen readers, since the table beside it says the same and more.
/// </summary>
public static class BarChart
{
    const int Width = 400, LabelHeight = 22, BarHeight = 18, Gap = 12, Row = LabelHeight + BarHeight + Gap;

    public static IHtmlContent? For(FigureTable table)
    {
        if (table.ChartColumn is not int column || table.Rows.Count == 0) return null;
        var values = table.Rows.Select(r => r.Values[column]).ToList();
        var max = values.Max(v => v.Value ?? 0);
        // Shares are drawn against the whole, so 50% always looks like half.
        if (values[0].Format == FigureFormat.Percent) max = 100;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="app-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {Width} {table.Rows.Count * Row}" aria-hidden="true" focusable="false">""");
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var y = i * Row;
            var value = values[i];
            var length = max <= 0 || value.Value is not double v ? 0 : Math.Max(v > 0 ? 2 : 0, v / max * (Width - 110));
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="0" y="{y + 16}" class="app-chart__label">{Encode(table.Rows[i].Label)}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="0" y="{y + LabelHeight}" width="{length:0.#}" height="{BarHeight}" class="app-chart__bar"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text x="{length + 6:0.#}" y="{y + LabelHeight + 14}" class="app-chart__value">{Encode(value.Text)}</text>""");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
