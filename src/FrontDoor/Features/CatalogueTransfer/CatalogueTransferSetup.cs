using FrontDoor.Shared;

namespace FrontDoor.Features.CatalogueTransfer;

public static class CatalogueTransferSetup
{
    public static WebApplicationBuilder AddCatalogueTransfer(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CatalogueImport>();
        builder.Services.AddCommand(CatalogueCommands.Export);
        builder.Services.AddCommand(CatalogueCommands.Import);
        return builder;
    }
}
