using System.Text.Json;
using System.Text.Json.Serialization;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;

namespace FrontDoor.Features.Events;

/// <summary>A case as the REST API and webhooks show it. Customer details are not in it: they need the customers scope.</summary>
public record CaseJson(
    string Reference, string ServiceCode, string Kind, string Status, string StatusText, string Channel, string Team, string Priority,
    DateTime CreatedAt, DateTime UpdatedAt, DateTime DueAt, DateTime? ResolvedAt, string? Outcome,
    Dictionary<string, List<string>> Answers, LocationJson Location, long? CustomerId, string? ExternalId, string? MediaUrl)
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <param name="service">When the case's service is not loaded with it (just after intake).</param>
    public static CaseJson From(Case c, Service? service = null) => From(c, (service ?? c.Service).Slug, c.Team.Name);

    /// <summary>For a case read without its service and team, given their code and name.</summary>
    public static CaseJson From(Case c, string serviceCode, string team) => new(
        c.Reference, serviceCode, JsonNamingPolicy.SnakeCaseLower.ConvertName(c.Kind.ToString()),
        Case.StatusCode(c.Status), Case.StatusText(c.Status),
        JsonNamingPolicy.SnakeCaseLower.ConvertName(c.Channel.ToString()), team, Priorities.Code(c.Priority),
        c.CreatedAt, c.UpdatedAt, c.DueAt, c.ResolvedAt, c.Outcome, c.Answers,
        new LocationJson(c.Uprn, c.Latitude, c.Longitude, c.LocationDescription, c.Ward), c.CustomerId, c.ExternalId, c.MediaUrl);
}

public record LocationJson(long? Uprn, double? Latitude, double? Longitude, string? Description, string? Ward);
