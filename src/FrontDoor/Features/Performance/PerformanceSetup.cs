using FrontDoor.Shared;

namespace FrontDoor.Features.Performance;

public static class PerformanceSetup
{
    public static WebApplicationBuilder AddPerformance(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FiguresOptions>().BindConfiguration("Figures").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<FigureRollup>();
        builder.Services.AddScoped<DashboardFigures>();
        builder.Services.AddHostedService<FigureRollupJob>();
        builder.Services.AddCommand(RebuildFiguresCommand.Command);
        return builder;
    }
}
