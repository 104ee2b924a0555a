using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;

namespace FrontDoor.Shared.Council;

public static class Branding
{
    public const string LogoPath = "/branding/logo";

    public static WebApplicationBuilder AddBranding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<CouncilOptions>().Bind(builder.Configuration.GetSection("Council")).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(sp => new Refreshing<CouncilProfile>(p => CouncilProfile.Load(p),
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<TimeProvider>(), TimeSpan.FromMinutes(1)));
        // Everything that asks for the council's options gets configuration overlaid with what administrators set.
        builder.Services.AddSingleton<IOptions<CouncilOptions>, LiveCouncilOptions>();
        return builder;
    }

    public static void MapBranding(this WebApplication app)
    {
        // The council's colours as a stylesheet, so pages need no inline styles; its address changes with the colour.
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
        }).CacheOutput(p => p.Expire(TimeSpan.FromMinutes(10)).SetVaryByQuery("v")).ExcludeFromDescription();
        app.MapGet("/favicon.svg", (IOptions<CouncilOptions> options) => Results.Text(Favicon(options.Value), "image/svg+xml"))
            .CacheOutput(p => p.Expire(TimeSpan.FromMinutes(1))).ExcludeFromDescription();
        // Browsers ask for /favicon.ico whatever the page names.
        app.MapGet("/favicon.ico", () => Results.Redirect("/favicon.svg", permanent: true)).ExcludeFromDescription();
        app.MapGet(LogoPath, (Refreshing<CouncilProfile> profile) => profile.Value.Logo is { } logo
                ? Results.File(logo.Content, logo.ContentType)
                : Results.NotFound())
            .ExcludeFromDescription();
    }

    /// <summary>The stylesheet's address for this colour, so a changed colour is fetched at once rather than from a cache.</summary>
    public static string StylesheetFor(CouncilOptions council) => $"/branding.css?v={council.BrandColour.TrimStart('#')}";

    /// <summary>The council's initial on its colour: branding is council data, so the icon is made from it.</summary>
    static string Favicon(CouncilOptions council)
    {
        var initial = WebUtility.HtmlEncode(council.Name.TrimStart()[..1].ToUpperInvariant());
        var colour = WebUtility.HtmlEncode(council.BrandColour);
        return $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="4" fill="{colour}"/><text x="16" y="23" font-family="Arial, sans-serif" font-size="20" font-weight="bold" fill="#ffffff" text-anchor="middle">{initial}</text></svg>""";
    }
}
