using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace FrontDoor.Shared;

/// <summary>
/// The site's address for links that leave it in messages, from a page or a background job alike: the council's public
/// address when configured, else the request's, else the server's own.
/// </summary>
public sealed class SiteAddress(IOptions<Council.CouncilOptions> council, IHttpContextAccessor http, IServer server)
{
    public string Base() =>
        council.Value.PublicUrl
        ?? (http.HttpContext?.Request is { } request ? request.SiteBase() : null)
        ?? server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
        ?? "http://localhost:5000";

    public string Url(string path) => Base().TrimEnd('/') + path;
}
