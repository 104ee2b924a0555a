using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;

namespace FrontDoor.Features.Open311;

/// <summary>The fields of one Open311 element, in the order the specification lists them.</summary>
public sealed class Fields : List<KeyValuePair<string, object?>>
{
    public void Add(string name, object? value) => Add(new(name, value));
}

/// <summary>A repeated element: XML wraps each item in <paramref name="ItemName"/>; JSON makes an array.</summary>
public sealed record Repeated(string ItemName, IEnumerable<object?> Items);

/// <summary>
/// GeoReport v2 answers in XML or JSON, chosen by the URL's extension. Each answer is described once, as
/// <see cref="Fields"/>, and written in either format, so the two cannot drift apart.
/// </summary>
public static class Open311Format
{
    public const string Xml = "xml";
    public const string Json = "json";

    // Readable names in JSON ("I'm", "é"); still valid JSON, and never inside HTML.
    static readonly JsonSerializerOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static bool IsKnown(string format) => format is Xml or Json;

    /// <summary>A list answer: &lt;root&gt;&lt;item/&gt;…&lt;/root&gt; in XML, an array in JSON.</summary>
    public static IResult List(string format, string root, string item, IEnumerable<Fields> items, int status = 200) =>
        format == Json
            ? Write(JsonSerializer.Serialize(items.Select(ToJson).ToList(), JsonOptions), "application/json", status)
            : Write(Document(new XElement(root, items.Select(i => Element(item, i)))), "text/xml", status);

    /// <summary>A single-object answer (discovery, a service definition).</summary>
    public static IResult Single(string format, string root, Fields fields) =>
        format == Json ? Write(JsonSerializer.Serialize(ToJson(fields), JsonOptions), "application/json", 200) : Write(Document(Element(root, fields)), "text/xml", 200);

    /// <summary>The specification's error document; every error has the HTTP status as its code.</summary>
    public static IResult Errors(string format, int status, params string[] descriptions) =>
        List(IsKnown(format) ? format : Xml, "errors", "error",
            descriptions.Select(d => new Fields { { "code", status }, { "description", d } }), status);

    /// <summary>W3C date-time in UTC, as the specification's examples give them.</summary>
    public static string DateTime(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Parses a W3C date-time; the specification requires the time zone, so a value without one is refused.</summary>
    public static bool TryParseDateTime(string? text, out DateTime utc)
    {
        utc = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim().Replace(' ', '+'); // a "+" left unencoded in a query string arrives as a space
        string[] shapes = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];
        if (!text.EndsWith('Z') && !System.Text.RegularExpressions.Regex.IsMatch(text, @"[+-]\d\d:?\d\d$")) return false;
        if (!DateTimeOffset.TryParseExact(text, shapes, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        utc = parsed.UtcDateTime;
        return true;
    }

    static string Document(XElement root) => new XDeclaration("1.0", "utf-8", null) + Environment.NewLine + root;

    static IResult Write(string body, string contentType, int status) => Results.Text(body, contentType + "; charset=utf-8", Encoding.UTF8, status);

    static XElement Element(string name, Fields fields) => new(name, fields.Select(f => Value(f.Key, f.Value)));

    static XElement Value(string name, object? value) => value switch
    {
        Fields nested => Element(name, nested),
        Repeated list => new XElement(name, list.Items.Select(i => i is Fields f ? Element(list.ItemName, f) : new XElement(list.ItemName, XmlText(i)))),
        _ => new XElement(name, XmlText(value)),
    };

    // Inputs are cleaned at the edge, but a feed must stay valid whatever was stored before that (or imported).
    static string XmlText(object? value) => Shared.TextFromOutside.Clean(Text(value));

    static string Text(object? value) => value switch
    {
        null => "",
        bool b => b ? "true" : "false",
        DateTime d => DateTime(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    static Dictionary<string, object?> ToJson(Fields fields) => fields.ToDictionary(f => f.Key, f => JsonValue(f.Value));

    static object? JsonValue(object? value) => value switch
    {
        Fields nested => ToJson(nested),
        Repeated list => list.Items.Select(JsonValue).ToList(),
        DateTime d => DateTime(d),
        _ => value,
    };
}
