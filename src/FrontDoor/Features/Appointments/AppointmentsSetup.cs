using FrontDoor.Shared;

namespace FrontDoor.Features.Appointments;

public static class AppointmentsSetup
{
    public const string RateLimitPolicy = "appointments";

    public static WebApplicationBuilder AddAppointments(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AppointmentBooking>();
        builder.Services.AddScoped<AppointmentLinks>();
        builder.Services.AddScoped<AppointmentVisits>();
        builder.Services.AddSingleton<AppointmentReminders>();
        builder.Services.AddHostedService(s => s.GetRequiredService<AppointmentReminders>());
        builder.Services.AddOptions<AppointmentOptions>().BindConfiguration("Appointments").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddPerIpRateLimit(RateLimitPolicy, builder.Configuration.GetValue("Appointments:RequestsPerMinute", 20));
        return builder;
    }
}
