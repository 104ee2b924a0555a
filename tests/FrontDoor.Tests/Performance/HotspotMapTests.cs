using System.Globalization;
using System.Text.RegularExpressions;
using FrontDoor.Features.Performance;

namespace FrontDoor.Tests.Performance;

/// <summary>The hotspot map drawn on the server, alone and over a council's own map tiles.</summary>
public partial class HotspotMapTests
{
    [GeneratedRegex("""<image href="([^"]+)" x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)" """)]
    private static partial Regex TileImage();

    [GeneratedRegex("""<rect x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)" fill=""")]
    private static partial Regex Square();

    // Central Manchester: five squares across and three down.
    static readonly List<HotSquare> Squares =
    [
        new(1, 5347, -225, 30), new(2, 5348, -224, 12), new(3, 5349, -221, 4), new(4, 5347, -221, 2),
    ];

    static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [Fact]
    public void Map_WithoutTiles_FetchesNothing()
    {
        var svg = HotspotMap.For(Squares)!.ToString()!;
        Assert.DoesNotContain("<image", svg);
        Assert.Equal(4, Square().Matches(svg).Count);
    }

    [Fact]
    public void Map_OverTheCouncilsTiles_EverySquareLiesOnATileOfTheRightPlace()
    {
        var tiles = new MapTiles("https://tiles.example.org/{z}/{x}/{y}.png", "© Example");
        var svg = HotspotMap.For(Squares, tiles)!.ToString()!;
        var images = TileImage().Matches(svg).Select(m => (Url: m.Groups[1].Value, X: D(m.Groups[2].Value), Y: D(m.Groups[3].Value), W: D(m.Groups[4].Value), H: D(m.Groups[5].Value))).ToList();

        // A few tiles across at one zoom, each the tile whose number the slippy-map formula gives for its place.
        Assert.InRange(images.Select(i => i.X).Distinct().Count(), 2, 8);
        var zoom = images.Select(i => int.Parse(i.Url.Split('/')[3])).Distinct().Single();
        var n = 1 << zoom;
        // Manchester Town Hall (53.4794°N, 2.2453°W) is in square 53.47°N 2.25°W: its tile is among them, where the square is.
        var x = (int)Math.Floor((-2.2453 + 180) / 360 * n);
        var φ = 53.4794 * Math.PI / 180;
        var y = (int)Math.Floor((1 - Math.Log(Math.Tan(φ) + 1 / Math.Cos(φ)) / Math.PI) / 2 * n);
        var townHall = images.Single(i => i.Url == $"https://tiles.example.org/{zoom}/{x}/{y}.png");

        var squares = Square().Matches(svg).Select(m => (X: D(m.Groups[1].Value), Y: D(m.Groups[2].Value), W: D(m.Groups[3].Value), H: D(m.Groups[4].Value))).ToList();
        Assert.Equal(4, squares.Count);
        static bool On((string Url, double X, double Y, double W, double H) tile, double x, double y) => x >= tile.X && x <= tile.X + tile.W && y >= tile.Y && y <= tile.Y + tile.H;
        Assert.All(squares, s => Assert.Contains(images, t => On(t, s.X + s.W / 2, s.Y + s.H / 2)));
        // Squares are drawn lightest first, so the last is the busiest, 53.47°N to 53.48°N and 2.25°W to 2.24°W: where the
        // town hall is inside it, its tile is under it.
        var busiest = squares[^1];
        Assert.True(On(townHall, busiest.X + (-2.2453 * 100 + 225) * busiest.W, busiest.Y + (5348 - 53.4794 * 100) * busiest.H));
        Assert.Contains("fill-opacity", svg);
    }

    [Fact]
    public void Map_ATallNarrowArea_AFewTilesAlongItsLongerSide()
    {
        var tall = Enumerable.Range(0, 30).Select(i => new HotSquare(i + 1, 5340 + i, -230, 1)).ToList();
        var svg = HotspotMap.For(tall, new MapTiles("https://tiles.example.org/{z}/{x}/{y}.png", "© Example"))!.ToString()!;
        Assert.InRange(TileImage().Matches(svg).Select(m => m.Groups[3].Value).Distinct().Count(), 2, 8);
        // Drawn with the squares either side, no more than twice as tall as it is wide.
        Assert.InRange(HeightOverWidth(svg), 1.5, 2.1);
    }

    [Fact]
    public void Map_OneSquare_ShownWithTheSquaresAroundIt()
    {
        var svg = HotspotMap.For([new HotSquare(1, 5347, -225, 3)])!.ToString()!;
        Assert.InRange(HeightOverWidth(svg), 0.9, 1.1);
        var square = Square().Match(svg);
        var viewBox = ViewBox().Match(svg);
        // Ten squares from north to south (and as far from west to east on the ground), the one in the middle.
        Assert.Equal(D(viewBox.Groups[2].Value) / 10, D(square.Groups[4].Value), 1);
        Assert.InRange(D(square.Groups[1].Value) / D(viewBox.Groups[1].Value), 0.4, 0.6);
        Assert.InRange(D(square.Groups[2].Value) / D(viewBox.Groups[2].Value), 0.4, 0.6);
    }

    [GeneratedRegex("""viewBox="0 0 ([\d.]+) ([\d.]+)" """)]
    private static partial Regex ViewBox();

    static double HeightOverWidth(string svg)
    {
        var viewBox = ViewBox().Match(svg);
        return D(viewBox.Groups[2].Value) / D(viewBox.Groups[1].Value);
    }

    [Theory]
    [InlineData("tiles.example.org/{z}/{x}/{y}.png")]
    [InlineData("https://tiles.example.org/{z}/{x}.png")]
    [InlineData("ftp://tiles.example.org/{z}/{x}/{y}.png")]
    public void Options_TilesWithoutAnAddressOrPlaceholders_Refused(string template)
    {
        var options = new FiguresOptions { MapTiles = template, MapAttribution = "© Example" };
        Assert.NotEmpty(options.Validate(new(options)));
    }

    [Fact]
    public void Options_TilesWithoutAttribution_Refused()
    {
        var options = new FiguresOptions { MapTiles = "https://tiles.example.org/{z}/{x}/{y}.png" };
        Assert.Equal(["Figures:MapAttribution must say who the map tiles are from, as their licence requires"], options.Validate(new(options)).Select(r => r.ErrorMessage));
    }
}
