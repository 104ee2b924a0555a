
namespace FrontDoor.Features.Requests;

public static class RequestsSetup
{
    public static WebApplicationBuilder AddRequests(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<RequestIntake>();
        builder.Services.AddScoped<DraftStore>();
        return builder;
    }
}
