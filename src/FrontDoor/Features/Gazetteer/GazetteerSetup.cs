using FrontDoor.Shared;

namespace FrontDoor.Features.Gazetteer;

public static class GazetteerSetup
{
    public static WebApplicationBuilder AddGazetteer(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AddressSearch>();
        builder.Services.AddScoped<GazetteerImport>();
        builder.Services.AddCommand(ImportGazetteerCommand.Command);
        return builder;
    }
}
