using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Html;

namespace FrontDoor.Features.Performance;

/// <summary>
/// The hotspot squares drawn as a map in SVG on the server, with no map tiles to fetch unless the council has its own:
/// darker squares had more requests, and the busiest carry the numbers of the hotspot table, which screen readers and
/// keyboards use instead.
/// </summary>
public static class HotspotMap
{
    const double Width = 600;
    const int MinimumSquares = 10;
    static readonly string[] Shades = ["#d2e2f1", "#a5c5e3", "#5694ca", "#1d70b8", "#003078"];

    public static IHtmlContent? For(IReadOnlyList<HotSquare> squares, MapTiles? tiles = null)
    {
        if (squares.Count == 0) return null;
        var (south, north) = (squares.Min(s => s.South), squares.Max(s => s.South));
        var (west, east) = (squares.Min(s => s.West), squares.Max(s => s.West));
        // A few squares, or a long thin line of them, are shown with the squares around them: the map keeps a readable
        // shape instead of stretching a handful of squares across the page.
        // A degree of longitude is shorter than one of latitude away from the equator: squares are drawn as wide as they are on the ground.
        var squeeze = Math.Cos((south + north) / 2.0 / 100 * Math.PI / 180);
        var least = Math.Max(MinimumSquares, Math.Max(north - south + 1, (east - west + 1) * squeeze) / 2);
        (south, north) = Widen(south, north, (int)Math.Ceiling(least));
        (west, east) = Widen(west, east, (int)Math.Ceiling(least / squeeze));
        var unit = Math.Min(Width / ((east - west + 1) * squeeze), Width / (north - south + 1));
        unit = Math.Min(unit, 40);
        var (w, h) = ((east - west + 1) * squeeze * unit, (north - south + 1) * unit);
        var top = squares.Max(s => s.Received);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="app-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w:0.#} {h:0.#}" aria-hidden="true" focusable="false">""");
        svg.Append(CultureInfo.InvariantCulture, $"""<rect x="0" y="0" width="{w:0.#}" height="{h:0.#}" class="app-map__ground"/>""");
        // Tiles are placed by their corners on this map's grid of degrees: over a council's few miles the difference from
        // their own (Mercator) projection is far less than a square.
        double X(double longitude) => (longitude * 100 - west) * squeeze * unit;
        double Y(double latitude) => (north + 1 - latitude * 100) * unit;
        foreach (var tile in tiles?.Covering(west / 100.0, (east + 1) / 100.0, south / 100.0, (north + 1) / 100.0) ?? [])
            svg.Append(CultureInfo.InvariantCulture, $"""<image href="{System.Net.WebUtility.HtmlEncode(tile.Url)}" x="{X(tile.West):0.##}" y="{Y(tile.North):0.##}" width="{X(tile.East) - X(tile.West):0.##}" height="{Y(tile.South) - Y(tile.North):0.##}" preserveAspectRatio="none"/>""");
        foreach (var s in squares.OrderBy(s => s.Received))
        {
            var shade = Math.Min(Shades.Length - 1, (int)(Math.Sqrt((double)s.Received / top) * Shades.Length));
            var (x, y) = ((s.West - west) * squeeze * unit, (north - s.South) * unit);
            svg.Append(CultureInfo.InvariantCulture, $"""<rect x="{x:0.##}" y="{y:0.##}" width="{squeeze * unit:0.##}" height="{unit:0.##}" fill="{Shades[shade]}"{(tiles is null ? "" : " fill-opacity=\"0.75\"")}/>""");
            if (s.Rank <= HotspotFigures.Listed)
                svg.Append(CultureInfo.InvariantCulture, $"""<text x="{x + squeeze * unit / 2:0.##}" y="{y + unit / 2:0.##}" class="app-map__rank{(shade >= 3 ? " app-map__rank--light" : "")}" font-size="{Math.Min(12, unit * 0.6):0.#}">{s.Rank}</text>""");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }

    /// <summary>The range from <paramref name="low"/> to <paramref name="high"/>, widened evenly to at least <paramref name="least"/> squares.</summary>
    static (int Low, int High) Widen(int low, int high, int least)
    {
        var missing = least - (high - low + 1);
        return missing <= 0 ? (low, high) : (low - missing / 2, high + missing - missing / 2);
    }
}
