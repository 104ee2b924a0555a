using FrontDoor.Shared;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Performance;

public static class PerformanceSetup
{
    public static WebApplicationBuilder AddPerformance(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FiguresOptions>().BindConfiguration("Figures").ValidateDataAnnotations().ValidateOnStart();
        // The hotspot map's tiles come from the council's tile server, which the pages must be allowed to load images from.
        builder.Services.AddOptions<ContentSecurityOptions>().Configure<IOptions<FiguresOptions>>((csp, figures) =>
        {
            if (MapTiles.OriginOf(figures.Value.MapTiles) is { } origin) csp.ImageOrigins.Add(origin);
        });
        builder.Services.AddMemoryCache();
        builder.Services.AddScoped<FigureCache>();
        builder.Services.AddSingleton<FigureCache.ReadsInFlight>();
        builder.Services.AddScoped<FigureRollup>();
        builder.Services.AddScoped<DashboardFigures>();
        builder.Services.AddScoped<CostFigures>();
        builder.Services.AddScoped<HotspotFigures>();
        builder.Services.AddScoped<PublishedFigures>();
        builder.Services.AddScoped<ComplaintFigures>();
        builder.Services.AddPerIpRateLimit(OpenData.RateLimitPolicy, builder.Configuration.GetValue("Figures:OpenDataRequestsPerMinute", 60));
        builder.Services.AddHostedService<FigureRollupJob>();
        builder.Services.AddCommand(RebuildFiguresCommand.Command);
        builder.Services.Configure<Microsoft.AspNetCore.OpenApi.OpenApiOptions>("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Describe("Open data", $"The council's performance figures, open to everyone under the {OpenData.Licence}: no key needed");
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapPerformance(this WebApplication app)
    {
        OpenData.Map(app);
        return app;
    }
}
