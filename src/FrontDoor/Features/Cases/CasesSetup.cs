
namespace FrontDoor.Features.Cases;

public static class CasesSetup
{
    public static WebApplicationBuilder AddCases(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CaseWorkflow>();
        builder.Services.AddSingleton<CaseReferences>();
        builder.Services.AddOptions<EscalationOptions>().BindConfiguration("Escalation").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<EscalationJob>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EscalationJob>());
        return builder;
    }
}
