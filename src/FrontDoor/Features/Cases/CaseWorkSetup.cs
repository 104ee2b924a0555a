using FrontDoor.Features.Calendar;

namespace FrontDoor.Features.Cases;

public static class CaseWorkSetup
{
    public static WebApplicationBuilder AddCaseWork(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ServiceClock>();
        builder.Services.AddScoped<CaseWorkflow>();
        builder.Services.AddScoped<Queues.QueueQuery>();
        builder.Services.AddOptions<Enquiries.EnquiryOptions>().BindConfiguration("Enquiries").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<EscalationOptions>().BindConfiguration("Escalation");
        builder.Services.AddSingleton<EscalationJob>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EscalationJob>());
        return builder;
    }
}
