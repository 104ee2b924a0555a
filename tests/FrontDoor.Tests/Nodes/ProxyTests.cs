using System.Net;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Nodes;

/// <summary>FrontDoor behind a proxy, over real HTTP: the client's address and scheme come from the proxy's headers, and only a known proxy's.</summary>
public abstract class ProxyTests(TestApp app)
{
    async Task<OtherNode> BehindProxyAsync(params (string, string)[] settings)
    {
        var node = new OtherNode(app, kestrel: true, [("Open311:OpenReadsPerMinute", "2"), .. settings]);
        await node.InitializeAsync();
        return node;
    }

    static async Task<HttpStatusCode> ReadServicesAsync(HttpClient http, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/open311/v2/services.json");
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task RateLimit_BehindTheProxy_CountsEachClientByItsOwnAddress()
    {
        await using var node = await BehindProxyAsync();
        var http = node.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await ReadServicesAsync(http, "203.0.113.10"));
        Assert.Equal(HttpStatusCode.OK, await ReadServicesAsync(http, "203.0.113.10"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadServicesAsync(http, "203.0.113.10"));
        // Another resident behind the same proxy has their own allowance.
        Assert.Equal(HttpStatusCode.OK, await ReadServicesAsync(http, "203.0.113.11"));
    }

    [Fact]
    public async Task ForwardedHeaders_FromAnUnknownProxy_Ignored()
    {
        await using var node = await BehindProxyAsync(("Proxy:KnownProxies:0", "10.9.9.9"));
        var http = node.CreateClient();
        // Each claims another address; the connection is what counts, as it comes from no proxy the council named.
        Assert.Equal(HttpStatusCode.OK, await ReadServicesAsync(http, "203.0.113.20"));
        Assert.Equal(HttpStatusCode.OK, await ReadServicesAsync(http, "203.0.113.21"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await ReadServicesAsync(http, "203.0.113.22"));
    }

    [Fact]
    public async Task StaffRead_BehindTheProxy_AuditedWithTheClientsAddressAndSecureCookies()
    {
        await using var node = await BehindProxyAsync(("Proxy:KnownNetworks:0", "127.0.0.0/8"));
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var customer = await TestData.CustomerAsync(app);
        var http = node.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, StaffLinks.Customer(customer.Id));
        request.Headers.Add(TestSignIn.StaffHeader, officer.Id.ToString());
        request.Headers.Add("X-Forwarded-For", "198.51.100.7");
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The resident reached the proxy over HTTPS: the cookies it is given are for HTTPS only.
        var given = response.Headers.GetValues("Set-Cookie").Where(c => !c.Contains("=;")).ToList();
        Assert.NotEmpty(given);
        Assert.All(given, cookie => Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase));
        await using var scope = app.Scope(out var db);
        var read = await db.AuditEntries.SingleAsync(e => e.StaffId == officer.Id && e.CustomerId == customer.Id);
        Assert.Equal("198.51.100.7", read.IpAddress);
    }
}

public class ProxyTestsOnSqlite(OwnSqliteApp app) : ProxyTests(app), IClassFixture<OwnSqliteApp>;
public class ProxyTestsOnPostgres(OwnPostgresApp app) : ProxyTests(app), IClassFixture<OwnPostgresApp>;
