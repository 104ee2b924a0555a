namespace FrontDoor.Features.SupportTasks;

public static class SupportTasksSetup
{
    public static WebApplicationBuilder AddSupportTasks(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<SupportPlanning>();
        builder.Services.AddScoped<SupportArrangers>();
        builder.Services.AddOptions<SupportOptions>().BindConfiguration("Support").ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }
}
