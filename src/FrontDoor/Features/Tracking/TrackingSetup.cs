using System.Threading.RateLimiting;

namespace FrontDoor.Features.Tracking;

public static class TrackingSetup
{
    public const string RateLimitPolicy = "tracking";

    public static WebApplicationBuilder AddTracking(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TrackingLinks>();
        // Guessing reference and email pairs must be slow work.
        var perMinute = builder.Configuration.GetValue("Tracking:AttemptsPerMinute", 10);
        builder.Services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o => o.AddPolicy(RateLimitPolicy, context =>
            RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })));
        return builder;
    }
}
