using FrontDoor.Shared;

namespace FrontDoor.Features.Complaints;

public static class ComplaintsSetup
{
    public const string RateLimitPolicy = "complaints";

    public static WebApplicationBuilder AddComplaints(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ComplaintLinks>();
        builder.Services.AddScoped<ComplaintWorkflow>();
        builder.Services.AddScoped<ComplaintIntake>();
        builder.Services.AddPerIpRateLimit(RateLimitPolicy, builder.Configuration.GetValue("Complaints:RequestsPerMinute", 20));
        return builder;
    }
}
