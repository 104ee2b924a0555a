using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Dom;
using FrontDoor.Shared.GovUk;
using Microsoft.AspNetCore.Html;

namespace FrontDoor.Tests.Shared;

/// <summary>
/// Our component renderers against the markup GOV.UK Frontend itself produces: each fixture's
/// options go through our renderer and the result must match the fixture's HTML, element for
/// element, attribute for attribute (white space aside).
/// </summary>
public partial class GovukFixtureTests
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new NumberAsString() } };

    /// <summary>Some fixtures give option values as numbers; ours are strings, as in HTML.</summary>
    sealed class NumberAsString : System.Text.Json.Serialization.JsonConverter<string>
    {
        public override string? Read(ref Utf8JsonReader reader, Type type, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Number ? Encoding.UTF8.GetString(reader.ValueSpan) : reader.GetString();
        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    static readonly Dictionary<string, Func<JsonElement, IHtmlContent>> Renderers = new()
    {
        ["button"] = o => Govuk.Button(o.Deserialize<ButtonOptions>(Json)!),
        ["input"] = o => Govuk.Input(o.Deserialize<InputOptions>(Json)!),
        ["textarea"] = o => Govuk.Textarea(o.Deserialize<TextareaOptions>(Json)!),
        ["radios"] = o => Govuk.Radios(o.Deserialize<ChoicesOptions>(Json)!),
        ["checkboxes"] = o => Govuk.Checkboxes(o.Deserialize<ChoicesOptions>(Json)!),
        ["date-input"] = o => Govuk.DateInput(o.Deserialize<DateInputOptions>(Json)!),
        ["error-summary"] = o => Govuk.ErrorSummary(o.Deserialize<ErrorSummaryOptions>(Json)!),
        ["summary-list"] = o => Govuk.SummaryList(o.Deserialize<SummaryListOptions>(Json)!),
        ["panel"] = o => Govuk.Panel(o.Deserialize<PanelOptions>(Json)!),
        ["back-link"] = o => Govuk.BackLink(o.Deserialize<LinkOptions>(Json)!),
        ["skip-link"] = o => Govuk.SkipLink(o.Deserialize<LinkOptions>(Json)!),
        ["tag"] = o => Govuk.Tag(o.Deserialize<Content>(Json)!),
        ["generic-header"] = o => Govuk.GenericHeader(o.Deserialize<GenericHeaderOptions>(Json)!),
        ["file-upload"] = o => Govuk.FileUpload(o.Deserialize<FileUploadOptions>(Json)!),
        ["select"] = o => Govuk.Select(o.Deserialize<SelectOptions>(Json)!),
    };

    /// <summary>The fixtures for the options we use; others exercise options FrontDoor does not render.</summary>
    public static TheoryData<string, string> Fixtures() => new()
    {
        { "button", "default" }, { "button", "link" }, { "button", "start" }, { "button", "disabled" }, { "button", "secondary" },
        { "input", "default" }, { "input", "with hint text" }, { "input", "with error message" }, { "input", "with error and hint" }, { "input", "with autocomplete attribute" },
        { "textarea", "default" }, { "textarea", "with hint" }, { "textarea", "with error message" }, { "textarea", "with default value" },
        { "radios", "default" }, { "radios", "inline" }, { "radios", "with hints on items" },
        { "radios", "with conditional items" }, { "radios", "with conditional item checked" },
        { "checkboxes", "default" }, { "checkboxes", "with hints on items" }, { "checkboxes", "with error message" },
        { "checkboxes", "with conditional items" }, { "checkboxes", "with conditional item checked" },
        { "date-input", "default" },
        { "error-summary", "default" },
        { "summary-list", "default" }, { "summary-list", "with actions" },
        { "panel", "default" }, { "back-link", "default" },
        { "skip-link", "default" }, { "tag", "default" }, { "generic-header", "default" }, { "file-upload", "default" },
        { "select", "default" }, { "select", "error" }, { "select", "hint" }, { "select", "with hint text and error message" },
        { "select", "without values with selected value" }, { "select", "item selected overrides value" }, { "select", "with selected value" },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Render_MatchesGovukFrontendFixture(string component, string fixture)
    {
        var file = Path.Combine(ComponentsFolder, component, "fixtures.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(file));
        var match = doc.RootElement.GetProperty("fixtures").EnumerateArray().FirstOrDefault(f => f.GetProperty("name").GetString() == fixture);
        Assert.True(match.ValueKind == JsonValueKind.Object, $"{component} has no fixture '{fixture}'");

        using var writer = new StringWriter();
        Renderers[component](match.GetProperty("options")).WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal(await ShapeAsync(match.GetProperty("html").GetString()!), await ShapeAsync(writer.ToString()));
    }

    static string ComponentsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FrontDoor.slnx"))) dir = dir.Parent;
            return Path.Combine(dir!.FullName, "src", "FrontDoor", "node_modules", "govuk-frontend", "dist", "govuk", "components");
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>Elements, sorted attributes (class lists sorted too) and trimmed text, one per line.</summary>
    static async Task<string> ShapeAsync(string html)
    {
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content($"<body>{html}</body>"));
        var sb = new StringBuilder();
        void Walk(INode node, int depth)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IElement e)
                {
                    var attributes = e.Attributes
                        .Select(a => a.Name == "class" ? $"class={string.Join(' ', Space().Split(a.Value.Trim()).Order())}" : $"{a.Name}={Space().Replace(a.Value.Trim(), " ")}")
                        .Order();
                    sb.Append(' ', depth * 2).Append(e.LocalName).Append(' ').AppendJoin(' ', attributes).Append('\n');
                    Walk(e, depth + 1);
                }
                else if (child.NodeType == NodeType.Text && Space().Replace(child.TextContent, " ").Trim() is { Length: > 0 } text)
                    sb.Append(' ', depth * 2).Append('"').Append(text).Append("\"\n");
            }
        }
        Walk(document.Body!, 0);
        return sb.ToString();
    }
}
