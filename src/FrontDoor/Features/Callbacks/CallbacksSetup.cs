using FrontDoor.Shared;

namespace FrontDoor.Features.Callbacks;

public static class CallbacksSetup
{
    public const string RateLimitPolicy = "callbacks";

    public static WebApplicationBuilder AddCallbacks(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CallbackBooking>();
        builder.Services.AddScoped<CallbackCalls>();
        builder.Services.AddScoped<CallbackLinks>();
        builder.Services.AddOptions<CallbackOptions>().BindConfiguration("Callbacks").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddPerIpRateLimit(RateLimitPolicy, builder.Configuration.GetValue("Callbacks:RequestsPerMinute", 20));
        return builder;
    }
}
