using System.ComponentModel.DataAnnotations;
using FrontDoor.Data;
using FrontDoor.Shared;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Performance;

public class FiguresOptions : IValidatableObject
{
    public bool Enabled { get; set; } = true;
    [Range(1, 86_400)] public double RefreshSeconds { get; set; } = 60;
    /// <summary>The council's own map tiles under the hotspot map, as a URL with {z}, {x} and {y}; none by default.</summary>
    public string? MapTiles { get; set; }
    /// <summary>Who the tiles are from, as their licence requires it shown ("© OpenStreetMap contributors").</summary>
    public string? MapAttribution { get; set; }

    public MapTiles? Tiles => string.IsNullOrWhiteSpace(MapTiles) ? null : new(MapTiles, MapAttribution ?? "");

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(MapTiles)) yield break;
        if (global::FrontDoor.Features.Performance.MapTiles.OriginOf(MapTiles) is not { } origin || !(origin.StartsWith("https://") || origin.StartsWith("http://"))
            || !MapTiles.Contains("{z}") || !MapTiles.Contains("{x}") || !MapTiles.Contains("{y}"))
            yield return new("Figures:MapTiles must be an http or https address with {z}, {x} and {y} in it", [nameof(MapTiles)]);
        if (string.IsNullOrWhiteSpace(MapAttribution))
            yield return new("Figures:MapAttribution must say who the map tiles are from, as their licence requires", [nameof(MapAttribution)]);
    }
}

/// <summary>Brings the figures up to date every minute, so the dashboard is at most a minute or so behind the cases.</summary>
public sealed class FigureRollupJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<FiguresOptions> options, ILogger<FigureRollupJob> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled) return;
        await JobLoop.RunAsync("Figures", TimeSpan.FromSeconds(options.Value.RefreshSeconds), clock, log, async ct =>
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<FigureRollup>().RefreshAsync(ct);
            return false;
        }, stoppingToken);
    }
}

/// <summary>rebuild-figures: works out every figure again from the cases, showing each month as it is done.</summary>
public static class RebuildFiguresCommand
{
    public static readonly AppCommand Command = new("rebuild-figures", "",
        "Works out the performance figures again from every case, contact and form", RunAsync);

    static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await app.PrepareDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var started = System.Diagnostics.Stopwatch.StartNew();
        await scope.ServiceProvider.GetRequiredService<FigureRollup>().RebuildAsync(new Progress(), default);
        Console.WriteLine($"Figures rebuilt in {started.Elapsed.TotalSeconds:0.0}s");
        return 0;
    }

    /// <summary>Writes each step as it is reported, in order (Progress&lt;T&gt; would post them to the thread pool).</summary>
    sealed class Progress : IProgress<string>
    {
        public void Report(string value) => Console.WriteLine(value);
    }
}
