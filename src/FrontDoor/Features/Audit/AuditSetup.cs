using FrontDoor.Shared;

namespace FrontDoor.Features.Audit;

public static class AuditSetup
{
    public static WebApplicationBuilder AddAudit(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddHostedService<AuditSealer>();
        builder.Services.AddCommand(VerifyAuditCommand.Command);
        return builder;
    }
}
