namespace FrontDoor.Features.Calendar;

public static class CalendarSetup
{
    public static WebApplicationBuilder AddCalendar(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(WorkingDays.EnglandAndWales());
        builder.Services.AddScoped<ServiceClock>();
        return builder;
    }
}
