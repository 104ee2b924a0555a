namespace FrontDoor.Features.Satisfaction;

public static class SatisfactionSetup
{
    public static WebApplicationBuilder AddSatisfaction(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SatisfactionLinks>();
        builder.Services.AddScoped<SatisfactionAnswers>();
        return builder;
    }
}
