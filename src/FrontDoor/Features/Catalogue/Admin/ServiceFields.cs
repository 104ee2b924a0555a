using System.Text.RegularExpressions;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Teams;

namespace FrontDoor.Features.Catalogue.Admin;

/// <summary>
/// What a service's set-up page posts, as text, with its checks. The same fields make a new service and change one,
/// and the same check says whether a service may go live.
/// </summary>
public sealed partial class ServiceFields
{
    public string? Name { get; set; }
    public string? AzTitle { get; set; }
    public string? AlternativeTitles { get; set; }
    public string? Topic { get; set; }
    public string? Keywords { get; set; }
    public string? LgslCode { get; set; }
    public string? Summary { get; set; }
    public string? Description { get; set; }
    public string? WhatHappensNext { get; set; }
    public string? Team { get; set; }
    public string? StandardDays { get; set; }
    public string? StandardHours { get; set; }
    public List<string> Channels { get; set; } = [];
    public string? ExternalUrl { get; set; }
    public string? Featured { get; set; }
    public string? Status { get; set; }
    public string? RetiredMessage { get; set; }

    public static readonly string[] FieldOrder =
    [
        "name", "summary", "topic", "azTitle", "alternativeTitles", "keywords", "lgslCode", "description", "whatHappensNext",
        "team", "standardDays", "standardHours", "channels", "externalUrl", "featured", "status", "retiredMessage",
    ];

    public const int MaxAlternativeTitles = 10;

    public static ServiceFields From(Service s) => new()
    {
        Name = s.Name, AzTitle = s.AzTitle, AlternativeTitles = s.AlternativeTitles, Topic = s.Category, Keywords = s.Keywords,
        LgslCode = s.LgslCode?.ToString(), Summary = s.Summary, Description = s.Description, WhatHappensNext = s.WhatHappensNext,
        Team = s.Team?.Name, StandardDays = s.StandardDays.ToString(), StandardHours = s.StandardHours?.ToString(), Channels = [.. s.Offered.Select(c => c.ToString())],
        ExternalUrl = s.ExternalUrl, Featured = s.Featured ? "yes" : null, Status = s.Status.ToString(), RetiredMessage = s.RetiredMessage,
    };

    /// <summary>Every problem with what was posted, by field; <paramref name="teams"/> are the teams this person may choose.</summary>
    public IEnumerable<(string Field, string Error)> Errors(IReadOnlyList<Team> teams, FormDefinition form)
    {
        foreach (var e in SetUpText.Errors("name", Name, "the service's name", 120, required: true)) yield return e;
        foreach (var e in SetUpText.Errors("summary", Summary, "a summary", 300, required: true)) yield return e;
        foreach (var e in SetUpText.Errors("topic", Topic, "the topic", 60, required: true)) yield return e;
        foreach (var e in SetUpText.Errors("azTitle", AzTitle, "the A to Z title", 120)) yield return e;
        var titles = Lines(AlternativeTitles);
        if (titles.Count > MaxAlternativeTitles) yield return ("alternativeTitles", $"Give {MaxAlternativeTitles} alternative titles or fewer");
        else if (titles.Any(t => t.Length > 120)) yield return ("alternativeTitles", "Each alternative title must be 120 characters or less");
        else if (titles.Any(AnswerValidator.LooksLikeHtml)) yield return ("alternativeTitles", "Alternative titles must not include HTML or code, such as < and >");
        foreach (var e in SetUpText.Errors("keywords", Keywords, "the search words", 500)) yield return e;
        if (!string.IsNullOrWhiteSpace(LgslCode) && ParsedLgsl is null) yield return ("lgslCode", "The LGSL code must be a whole number, like 524");
        if (Description?.Length > 20_000) yield return ("description", "The start page content must be 20,000 characters or less");
        foreach (var e in SetUpText.Errors("whatHappensNext", WhatHappensNext, "what happens next", 1000)) yield return e;
        if (teams.All(t => t.Name != Team)) yield return ("team", "Choose the team that deals with it");
        // An urgent service counts hours around the clock; every other counts working days.
        if (!string.IsNullOrWhiteSpace(StandardHours))
        {
            if (Hours is null) yield return ("standardHours", "Enter the hours as a whole number from 1 to 720, or leave them empty to count working days");
        }
        else if (Days is null) yield return ("standardDays", "Enter the service standard as a whole number of working days, from 1 to 365");
        if (Channels.Any(c => !Enum.TryParse<Channel>(c, out var ch) || !Cases.Channels.Assisted.Contains(ch))) yield return ("channels", "Choose channels from the list");
        if (!string.IsNullOrWhiteSpace(ExternalUrl) && !IsWebAddress(ExternalUrl.Trim()))
            yield return ("externalUrl", "Enter a full website address, like https://www.example.gov.uk/pay-council-tax");
        if (ParsedStatus is not { } status) yield return ("status", "Choose whether the service is a draft, live or retired");
        else if (status == ServiceStatus.Live && string.IsNullOrWhiteSpace(ExternalUrl) && form.Questions.Count == 0)
            yield return ("status", "Add a question to the service's form, or give the website it links to, before making it live");
        else if (status == ServiceStatus.Retired && string.IsNullOrWhiteSpace(RetiredMessage))
            yield return ("retiredMessage", "Say what residents should do instead now the service is retired");
        if (RetiredMessage?.Length > 2000) yield return ("retiredMessage", "What to do instead must be 2,000 characters or less");
    }

    static List<string> Lines(string? text) => [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    static bool IsWebAddress(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && uri.Host.Contains('.');

    int? Days => int.TryParse(StandardDays, out var d) && d is >= 1 and <= 365 ? d : null;
    int? Hours => int.TryParse(StandardHours, out var h) && h is >= 1 and <= 720 ? h : null;
    int? ParsedLgsl => int.TryParse(LgslCode, out var code) && code is > 0 and < 100_000 ? code : null;
    ServiceStatus? ParsedStatus => Enum.TryParse<ServiceStatus>(Status, out var s) && Enum.IsDefined(s) ? s : null;

    /// <summary>Copies checked fields onto the service, returning what changed for the audit trail.</summary>
    public List<FieldChange> ApplyTo(Service s, Team team)
    {
        var before = Describe(s);
        (s.Name, s.Summary, s.Category) = (Name!.Trim(), Summary!.Trim(), Topic!.Trim());
        s.AzTitle = string.IsNullOrWhiteSpace(AzTitle) ? null : AzTitle.Trim();
        s.AlternativeTitles = string.Join('\n', Lines(AlternativeTitles));
        s.Keywords = Keywords?.Trim() ?? "";
        s.LgslCode = ParsedLgsl;
        s.Description = Description?.Trim() ?? "";
        s.WhatHappensNext = WhatHappensNext?.Trim() ?? "";
        (s.TeamId, s.Team) = (team.Id, team);
        (s.StandardDays, s.StandardHours) = Hours is { } hours ? (Days ?? s.StandardDays, hours) : (Days!.Value, (int?)null);
        s.OfferedChannels = string.Join(',', Cases.Channels.Assisted.Where(c => Channels.Contains(c.ToString())));
        s.ExternalUrl = string.IsNullOrWhiteSpace(ExternalUrl) ? null : ExternalUrl.Trim();
        s.Featured = Featured == "yes";
        s.Status = ParsedStatus!.Value;
        s.RetiredMessage = string.IsNullOrWhiteSpace(RetiredMessage) ? null : RetiredMessage.Trim();
        var after = Describe(s);
        return [.. before.Keys.Select(k => new FieldChange(k, before[k], after[k]))];
    }

    /// <summary>A service's fields as the audit trail records them.</summary>
    static Dictionary<string, string?> Describe(Service s) => new()
    {
        ["Name"] = s.Name, ["Summary"] = s.Summary, ["Topic"] = s.Category, ["A to Z title"] = s.AzTitle,
        ["Alternative titles"] = s.AlternativeTitles, ["Search words"] = s.Keywords, ["LGSL code"] = s.LgslCode?.ToString(),
        ["Start page content"] = s.Description, ["What happens next"] = s.WhatHappensNext, ["Team"] = s.Team?.Name,
        ["Service standard"] = s.StandardDescription, ["Other channels"] = string.Join(", ", s.Offered.Select(Cases.Channels.Label)),
        ["Website it links to"] = s.ExternalUrl, ["Popular on the home page"] = s.Featured ? "Yes" : "No", ["Status"] = s.Status.ToString(),
        ["What to do instead"] = s.RetiredMessage,
    };

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    /// <summary>A new service's address: lower-case words joined by hyphens.</summary>
    public static string? SlugError(string? slug) =>
        string.IsNullOrWhiteSpace(slug) ? "Enter the service's web address"
        : slug.Length > 60 ? "The web address must be 60 characters or less"
        : !SlugShape().IsMatch(slug) ? "The web address must be lower-case letters and numbers, with hyphens between words, like report-a-pothole"
        : null;
}
