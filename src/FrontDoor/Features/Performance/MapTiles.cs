namespace FrontDoor.Features.Performance;

/// <summary>
/// The council's own map tiles (the usual z/x/y "slippy map" kind, in Web Mercator), drawn under the hotspot map's squares.
/// </summary>
public sealed record MapTiles(string Template, string Attribution)
{
    /// <summary>About this many tiles along the longer side of the council's area: enough to place streets, few enough to load quickly.</summary>
    const double TilesAcross = 4;

    public static string? OriginOf(string? template) =>
        Uri.TryCreate(template?.Replace("{z}", "0").Replace("{x}", "0").Replace("{y}", "0"), UriKind.Absolute, out var uri) ? uri.GetLeftPart(UriPartial.Authority) : null;

    public string Url(int z, int x, int y) => Template.Replace("{z}", z.ToString()).Replace("{x}", x.ToString()).Replace("{y}", y.ToString());

    /// <summary>A tile and the latitudes and longitudes of its edges.</summary>
    public sealed record Tile(string Url, double West, double East, double North, double South);

    /// <summary>The tiles that cover an area, at the zoom that gives about <see cref="TilesAcross"/> of them along its longer side.</summary>
    public IEnumerable<Tile> Covering(double west, double east, double south, double north)
    {
        // A degree north is longer on these tiles than a degree east, by one over the cosine of the latitude.
        var span = Math.Max(east - west, (north - south) / Math.Cos((south + north) / 2 * Math.PI / 180));
        var zoom = Math.Clamp((int)Math.Round(Math.Log2(360 * TilesAcross / Math.Max(span, 1e-6))), 1, 18);
        var n = 1 << zoom;
        int X(double longitude) => Math.Clamp((int)Math.Floor((longitude + 180) / 360 * n), 0, n - 1);
        int Y(double latitude)
        {
            var φ = latitude * Math.PI / 180;
            return Math.Clamp((int)Math.Floor((1 - Math.Log(Math.Tan(φ) + 1 / Math.Cos(φ)) / Math.PI) / 2 * n), 0, n - 1);
        }
        double Longitude(int x) => x / (double)n * 360 - 180;
        double Latitude(int y) => Math.Atan(Math.Sinh(Math.PI * (1 - 2.0 * y / n))) * 180 / Math.PI;
        for (var y = Y(north); y <= Y(south); y++)
            for (var x = X(west); x <= X(east); x++)
                yield return new(Url(zoom, x, y), Longitude(x), Longitude(x + 1), Latitude(y), Latitude(y + 1));
    }
}
