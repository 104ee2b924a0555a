using System.Net;
using System.Text.RegularExpressions;
using FrontDoor.Features.Requests;
using FrontDoor.Tests.Infrastructure;

namespace FrontDoor.Tests.Shared;

/// <summary>What every page's first visit costs: a favicon that exists, compressed and long-cached stylesheets and scripts.</summary>
public abstract partial class StaticAssetsTests(TestApp app)
{
    [GeneratedRegex("""(?:href|src)="(/(?:css|js)/[^"]+\?v=[^"]+)""")]
    private static partial Regex FingerprintedAsset();

    [Fact]
    public async Task Favicon_IsTheCouncilsInitialOnItsColour()
    {
        var client = app.CreateClient();
        var ico = await client.GetAsync("/favicon.ico");
        Assert.Equal(HttpStatusCode.OK, ico.StatusCode);
        Assert.Equal("image/svg+xml", ico.Content.Headers.ContentType!.MediaType);
        var svg = await ico.Content.ReadAsStringAsync();
        Assert.Contains("fill=\"#0b4f6c\"", svg);
        Assert.Contains(">A</text>", svg);
        Assert.Contains("<link rel=\"icon\" href=\"/favicon.svg\"", await client.GetStringAsync("/"));
    }

    [Fact]
    public async Task FingerprintedStylesAndScripts_AreCompressedAndCachedForAYear()
    {
        var handler = app.Server.CreateHandler();
        using var client = new HttpClient(handler) { BaseAddress = new Uri("http://localhost") };
        var assets = FingerprintedAsset().Matches(await client.GetStringAsync("/")).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains(assets, a => a.StartsWith("/css/frontdoor.css"));
        Assert.Contains(assets, a => a.StartsWith("/js/init.mjs"));
        foreach (var asset in assets)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, asset);
            request.Headers.AcceptEncoding.ParseAdd("br, gzip");
            var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Content.Headers.ContentEncoding, e => e is "br" or "gzip");
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        }
    }

    [Fact]
    public async Task OverHttps_BrowsersAreToldToKeepToIt()
    {
        var secure = await app.CreateClient(new() { BaseAddress = new Uri("https://frontdoor.example") }).GetAsync("/");
        Assert.Equal("max-age=31536000", secure.Headers.GetValues("Strict-Transport-Security").Single());
        var plain = await app.CreateClient(new() { BaseAddress = new Uri("http://frontdoor.example") }).GetAsync("/");
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Pages_AreNotCompressed_SoTheirTokensCannotLeak()
    {
        var service = await TestData.ServiceAsync(app);
        using var request = new HttpRequestMessage(HttpMethod.Get, JourneySteps.Start(service));
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        var response = await app.CreateClient().SendAsync(request);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }
}

public class StaticAssetsTestsOnSqlite(SqliteApp app) : StaticAssetsTests(app);
