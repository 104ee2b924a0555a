using FrontDoor.Features.Calendar;

namespace FrontDoor.Features.Requests;

public static class RequestsSetup
{
    public static WebApplicationBuilder AddRequests(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(WorkingDays.EnglandAndWales());
        builder.Services.AddScoped<RequestIntake>();
        builder.Services.AddScoped<DraftStore>();
        return builder;
    }
}
