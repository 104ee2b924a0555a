using System.Text.Json;
using System.Xml.Linq;
using FrontDoor.Tests.Infrastructure;

namespace FrontDoor.Tests.Open311;

/// <summary>Speaks GeoReport v2 to the app as an outside client would: form posts in, XML or JSON out.</summary>
public sealed class Open311Client(TestApp app)
{
    readonly HttpClient http = app.CreateClient();

    public async Task<(int Status, XElement Xml)> GetXmlAsync(string path)
    {
        var response = await http.GetAsync("/open311/" + path);
        Assert.StartsWith("text/xml", response.Content.Headers.ContentType!.ToString());
        return ((int)response.StatusCode, XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!);
    }

    public async Task<(int Status, JsonElement Json)> GetJsonAsync(string path)
    {
        var response = await http.GetAsync("/open311/" + path);
        Assert.StartsWith("application/json", response.Content.Headers.ContentType!.ToString());
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }

    public async Task<(int Status, XElement Xml)> PostXmlAsync(string path, params (string Name, string Value)[] fields)
    {
        var response = await http.PostAsync("/open311/" + path, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
        return ((int)response.StatusCode, XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!);
    }

    public async Task<(int Status, JsonElement Json, HttpResponseMessage Response)> PostJsonAsync(string path, params (string Name, string Value)[] fields)
    {
        var response = await http.PostAsync("/open311/" + path, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
        return ((int)response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, response);
    }

    /// <summary>The error descriptions of an Open311 error document, each checked to carry the HTTP status as its code.</summary>
    public static List<string> Errors(XElement xml, int status)
    {
        Assert.Equal("errors", xml.Name.LocalName);
        Assert.All(xml.Elements("error"), e => Assert.Equal(status.ToString(), e.Element("code")!.Value));
        return [.. xml.Elements("error").Select(e => e.Element("description")!.Value)];
    }

    public static List<string> Errors(JsonElement json, int status)
    {
        Assert.Equal(JsonValueKind.Array, json.ValueKind);
        Assert.All(json.EnumerateArray(), e => Assert.Equal(status, e.GetProperty("code").GetInt32()));
        return [.. json.EnumerateArray().Select(e => e.GetProperty("description").GetString()!)];
    }
}
