using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Webhooks;

/// <summary>
/// Webhooks go only to the public internet unless the council allows more: every connection is checked against the
/// addresses it actually reaches (so a name that later resolves inwards is refused too), and loopback, private,
/// link-local, unique-local, shared and multicast addresses are refused unless listed in Webhooks:AllowedNetworks.
/// </summary>
public sealed class ReceiverAddresses(IOptions<WebhookOptions> options)
{
    IReadOnlyList<IPNetwork>? allowed;
    IReadOnlyList<IPNetwork> Allowed => allowed ??= [.. options.Value.AllowedNetworks.Select(IPNetwork.Parse)];

    static readonly IPNetwork[] Internal = [.. new[]
    {
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24",
        "192.168.0.0/16", "198.18.0.0/15", "224.0.0.0/3", "::/128", "::1/128", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
    }.Select(IPNetwork.Parse)];

    public bool IsAllowed(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return Allowed.Any(n => n.Contains(address)) || !Internal.Any(n => n.Contains(address));
    }

    /// <summary>For a subscription's address, at once: a literal internal address (or localhost) is refused before anything is sent.</summary>
    public bool IsAllowedAtFirstSight(Uri url) => IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal)
        ? IsAllowed(literal)
        : !url.IsLoopback || IsAllowed(IPAddress.Loopback);

    /// <summary>The handler's connect step: resolves the name and connects only to an address that is allowed.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        var reachable = addresses.Where(IsAllowed).ToArray();
        if (reachable.Length == 0) throw new RefusedReceiverException();
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(reachable, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

public sealed class RefusedReceiverException() : Exception("The receiver's address is on a private or local network");
