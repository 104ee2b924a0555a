using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Features.Catalogue;

namespace FrontDoor.Features.CatalogueTransfer;

/// <summary>
/// A council's set-up in one JSON file (docs/catalogue.md, docs/catalogue.schema.json): what one FrontDoor exports and
/// another imports, so councils can share services and forms, and the demo council is loaded the same way.
/// </summary>
public record CatalogueFile
{
    public const string FormatName = "frontdoor-catalogue";
    public const int CurrentVersion = 1;

    public string? Format { get; init; } = FormatName;
    public int Version { get; init; } = CurrentVersion;
    public List<TeamEntry>? Teams { get; init; } = [];
    public List<ServiceEntry>? Services { get; init; } = [];
    public List<TemplateEntry>? ResponseTemplates { get; init; } = [];
    public List<MessageEntry>? Messages { get; init; } = [];
    public List<PageEntry>? ContentPages { get; init; } = [];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

public record TeamEntry(string? Name, string? Email = null);

public record ServiceEntry
{
    public string? Slug { get; init; }
    public string? Name { get; init; }
    public string? Category { get; init; }
    public string? Team { get; init; }
    public string? Summary { get; init; }
    public string? Description { get; init; }
    public string? Keywords { get; init; }
    public int? StandardDays { get; init; }
    public int? StandardHours { get; init; }
    public int? LgslCode { get; init; }
    public string? WhatHappensNext { get; init; }
    public string? AzTitle { get; init; }
    public List<string>? AlternativeTitles { get; init; }
    public bool Featured { get; init; }
    /// <summary>draft, live or retired; live when not given.</summary>
    public string? Status { get; init; }
    public string? ExternalUrl { get; init; }
    public string? RetiredMessage { get; init; }
    /// <summary>Other ways residents can ask (phone, face-to-face, email, letter); all of them when not given.</summary>
    public List<string>? Channels { get; init; }
    public FormDefinition? Form { get; init; }
    /// <summary>For a booked service: the collections diaries its date question offers, matched by name.</summary>
    public List<RoundEntry>? Rounds { get; init; }
}

/// <summary>A booked service's round: the wards it serves (none for everywhere), its notice, how far ahead, and its weekly hours.</summary>
public record RoundEntry(string? Name, List<string>? Wards, int? NoticeHours, int? BookAheadDays, List<HoursEntry>? Hours);

/// <param name="Day">monday to sunday.</param>
/// <param name="From">The 24-hour clock, like 07:00.</param>
public record HoursEntry(string? Day, string? From, string? To, int? SlotMinutes, int? Places);

/// <param name="Team">The team it belongs to; null for every team.</param>
public record TemplateEntry(string? Title, string? Team, string? Body);

public record MessageEntry(string? Key, string? Channel, string? Language, string? Subject, string? Body);

public record PageEntry(string? Slug, string? Title, string? Body);
