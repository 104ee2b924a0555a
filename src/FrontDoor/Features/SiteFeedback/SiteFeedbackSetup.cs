using FrontDoor.Shared;

namespace FrontDoor.Features.SiteFeedback;

public static class SiteFeedbackSetup
{
    public const string RateLimitPolicy = "site-feedback";

    public static WebApplicationBuilder AddSiteFeedback(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PagePatterns>();
        builder.Services.AddPerIpRateLimit(RateLimitPolicy, builder.Configuration.GetValue("SiteFeedback:RequestsPerMinute", 20));
        return builder;
    }
}
