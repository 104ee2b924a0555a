namespace FrontDoor.Features.Slots;

public static class SlotsSetup
{
    public static WebApplicationBuilder AddSlots(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DiarySlots>();
        builder.Services.AddScoped<ServiceDates>();
        return builder;
    }
}
