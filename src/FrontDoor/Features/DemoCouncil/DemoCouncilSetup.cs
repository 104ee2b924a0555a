using FrontDoor.Shared;

namespace FrontDoor.Features.DemoCouncil;

public static class DemoCouncilSetup
{
    public static WebApplicationBuilder AddDemoCouncil(this WebApplicationBuilder builder)
    {
        builder.Services.AddCommand(DemoStaff.CodeCommand);
        return builder;
    }
}
