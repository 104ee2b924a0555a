using Microsoft.AspNetCore.Routing;

namespace FrontDoor.Features.SiteFeedback;

/// <summary>The resident pages a visitor can give feedback on, by route; anything else sent as a page is refused.</summary>
public sealed class PagePatterns(EndpointDataSource endpoints)
{
    readonly Lazy<HashSet<string>> known = new(() => [.. endpoints.Endpoints.OfType<RouteEndpoint>().Select(e => Of(e.RoutePattern.RawText))]);

    public static string Of(string? rawPattern) => "/" + (rawPattern ?? "").TrimStart('/');

    /// <summary>The route of the page being shown, as feedback on it records it.</summary>
    public static string? Current(HttpContext http) => http.GetEndpoint() is RouteEndpoint e ? Of(e.RoutePattern.RawText) : null;

    public bool IsKnown(string? page) => page is not null && known.Value.Contains(page);
}
