using FrontDoor.Shared.Council;

namespace FrontDoor.Features.Calendar;

public static class CalendarSetup
{
    public static WebApplicationBuilder AddCalendar(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(sp => new Refreshing<WorkingDays>(p => WorkingDays.Load(p.GetRequiredService<Data.FrontDoorDb>()),
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(), TimeSpan.FromMinutes(1)));
        builder.Services.AddScoped(sp => sp.GetRequiredService<Refreshing<WorkingDays>>().Value);
        builder.Services.AddScoped<ServiceClock>();
        return builder;
    }
}
