using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace FrontDoor.Features.Performance;

/// <summary>
/// The hotspot squares drawn as a map in SVG on the server, with no map tiles to fetch: darker squares had more requests,
/// and the busiest carry the numbers of the hotspot table, which screen readers and keyboards use instead.
/// </summary>
public static class HotspotMap
{
    const double Width = 600;
    static readonly string[] Shades = ["#d2e2f1", "#a5c5e3", "#5694ca", "#1d70b8", "#003078"];

    public static IHtmlContent? For(IReadOnlyList<HotSquare> squares)
    {
        if (squares.Count == 0) return null;
        var (south, north) = (squares.Min(s => s.South), squares.Max(s => s.South));
        var (west, east) = (squares.Min(s => s.West), squares.Max(s => s.West));
        // A degree of longitude is shorter than one of latitude away from the equator: squares are drawn as wide as they are on the ground.
        var squeeze = Math.Cos((south + north) / 2.0 / 100 * Math.PI / 180);
        var unit = Math.Min(Width / ((east - west + 1) * squeeze), Width / (north - south + 1));
        unit = Math.Min(unit, 40);
        var (w, h) = ((east - west + 1) * squeeze * unit, (north - south + 1) * unit);
        var top = squares.Max(s => s.Received);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="app-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:0.#} {h:0.#}" aria-hidden="true" focusable="false">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="0" y="0" width="{w:0.#}" height="{h:0.#}" class="app-map__ground"/>""");
        foreach (var s in squares.OrderBy(s => s.Received))
        {
            var shade = Math.Min(Shades.Length - 1, (int)(Math.Sqrt((double)s.Received / top) * Shades.Length));
            var (x, y) = ((s.West - west) * squeeze * unit, (north - s.South) * unit);
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.##}" y="{y:0.##}" width="{squeeze * unit:0.##}" height="{unit:0.##}" fill="{Shades[shade]}"/>""");
            if (s.Rank <= HotspotFigures.Listed)
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + squeeze * unit / 2:0.##}" y="{y + unit / 2:0.##}" class="app-map__rank{(shade >= 3 ? " app-map__rank--light" : "")}" font-size="{Math.Min(12, unit * 0.6):0.#}">{s.Rank}</text>""");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
