using FrontDoor.Shared;

namespace FrontDoor.Features.Tracking;

public static class TrackingSetup
{
    public const string RateLimitPolicy = "tracking";
    public const string RepliesRateLimitPolicy = "tracking-replies";

    public static WebApplicationBuilder AddTracking(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TrackingLinks>();
        // Guessing reference and email pairs must be slow work.
        builder.Services.AddPerIpRateLimit(RateLimitPolicy, builder.Configuration.GetValue("Tracking:AttemptsPerMinute", 10));
        // Each reply may carry a 10MB file.
        builder.Services.AddPerIpRateLimit(RepliesRateLimitPolicy, builder.Configuration.GetValue("Tracking:RepliesPerMinute", 20));
        return builder;
    }
}
