using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace FrontDoor.Shared;

/// <summary>The load balancers or reverse proxies in front of FrontDoor, whose X-Forwarded-For and -Proto it believes.</summary>
public class ProxyOptions
{
    /// <summary>Each proxy's own address. With none here and no networks, only a proxy on this machine (loopback) is believed.</summary>
    public List<string> KnownProxies { get; set; } = [];
    /// <summary>Networks the proxies sit on (CIDR, like 10.0.0.0/16), for a load balancer whose address changes.</summary>
    public List<string> KnownNetworks { get; set; } = [];
    /// <summary>How many proxies in a row to believe (a CDN, then the council's load balancer: 2).</summary>
    public int ForwardLimit { get; set; } = 1;
}

/// <summary>
/// Behind a proxy, the client's real address and scheme come from the headers the proxy adds, and only from a proxy the
/// council named: so rate limits count each resident, the audit names their address, and links say https. A header
/// from anyone else is ignored, or a client could choose the address it is counted and audited by.
/// </summary>
public static class Proxies
{
    public static void AddProxies(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration("Proxy")
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)), "Proxy:KnownProxies must be IP addresses like 10.0.0.5")
            .Validate(o => o.KnownNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Proxy:KnownNetworks must be networks like 10.0.0.0/16")
            .Validate(o => o.ForwardLimit is >= 1 and <= 10, "Proxy:ForwardLimit must be from 1 to 10")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<Microsoft.Extensions.Options.IOptions<ProxyOptions>>((o, proxies) =>
        {
            var p = proxies.Value;
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = p.ForwardLimit;
            if (p.KnownProxies.Count == 0 && p.KnownNetworks.Count == 0) return;
            // The council's list replaces the loopback default: its proxies are elsewhere.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in p.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in p.KnownNetworks) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
    }
}
