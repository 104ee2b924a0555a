using System.Globalization;
using Microsoft.Extensions.Options;

namespace FrontDoor.Shared.Council;

public static class Branding
{
    public static WebApplicationBuilder AddBranding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CouncilOptions>().Bind(builder.Configuration.GetSection("Council")).ValidateDataAnnotations().ValidateOnStart();
        return builder;
    }

    /// <summary>The council's colours as a stylesheet, so pages need no inline styles.</summary>
    public static void MapBranding(this WebApplication app) =>
        app.MapGet("/branding.css", (IOptions<CouncilOptions> options) =>
        {
            var colour = options.Value.BrandColour;
            var css = string.Create(CultureInfo.InvariantCulture,
                $$"""
                :root { --govuk-brand-colour: {{colour}}; }
                .govuk-generic-header { background-color: {{colour}}; }
                .govuk-service-navigation { border-bottom-color: {{colour}}; }
                .app-logo { max-height: 40px; vertical-align: middle; }
                """);
            return Results.Text(css, "text/css");
        }).CacheOutput(p => p.Expire(TimeSpan.FromMinutes(10))).ExcludeFromDescription();
}
