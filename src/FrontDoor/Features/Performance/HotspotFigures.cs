using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>A square of the hotspot grid and the requests in it: its south-west corner in hundredths of a degree, and its rank.</summary>
public sealed record HotSquare(int Rank, int South, int West, long Received)
{
    /// <summary>The square's centre as a person reads a map reference: "53.475°N 2.245°W".</summary>
    public string Place => $"{Math.Abs((South + 0.5) / 100):0.000}°{(South >= 0 ? "N" : "S")} {Math.Abs((West + 0.5) / 100):0.000}°{(West >= 0 ? "E" : "W")}";
}

/// <summary>Where requests come from: by ward, and by square of the grid the hotspot map draws.</summary>
public sealed class HotspotFigures(FrontDoorDb db)
{
    public const int Listed = 20;

    public async Task<(List<FigureTable> Tables, List<HotSquare> Squares)> BuildAsync(FigureFilter filter, IEnumerable<CaseFigures> cases, CancellationToken ct)
    {
        var squares = await db.AreaRows(filter).GroupBy(r => new { r.South, r.West }).Select(g => new { g.Key.South, g.Key.West, Received = g.Sum(r => r.Received) })
            .ToListAsync(ct);
        var ranked = squares.OrderByDescending(s => s.Received).ThenBy(s => s.South).ThenBy(s => s.West)
            .Select((s, i) => new HotSquare(i + 1, s.South, s.West, s.Received)).ToList();
        return (
        [
            new(DashboardTable.Wards.Slug(), "Requests by ward", "Requests received in each ward, busiest first. Requests made without an address in the gazetteer have no ward.",
                ["Ward", "Requests"],
                [.. cases.GroupBy(r => r.Ward).Select(g => (ward: g.Key ?? "No ward", received: g.Sum(r => (long)r.Received))).Where(w => w.received > 0)
                    .OrderByDescending(w => w.received).ThenBy(w => w.ward).Select(w => new FigureRow(w.ward, [Figure.Count(w.received)]))],
                ChartColumn: 0),
            new(DashboardTable.Hotspots.Slug(), "Hotspots", $"The {Listed} squares of the map with the most requests, each about 1.1km by 0.7km and named by its centre. Their numbers match the map below. Requests with no map position are left out; the ward and channel filters do not apply.",
                ["Square (centre)", "Requests"],
                [.. ranked.Take(Listed).Select(s => new FigureRow($"{s.Rank}. {s.Place}", [Figure.Count(s.Received)]))]),
        ], ranked);
    }
}
