using System.Globalization;
using FrontDoor.Data;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Requests;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using FrontDoor.Shared;

namespace FrontDoor.Features.Open311;

/// <summary>Open311 service requests: creating one goes through the same intake as every other channel.</summary>
public static class Open311Requests
{
    public const int MaxWindowDays = 90;
    public const int MaxResults = 1000;

    public static async Task<IResult> CreateAsync(string format, HttpContext context, FrontDoorDb db, ServicesByCode services, RequestIntake intake, CancellationToken ct)
    {
        var form = await context.Request.ReadFormAsync(ct);
        var client = ApiClientUser.From(context.User)!;

        var code = form["service_code"].ToString();
        if (code.Length == 0) return Open311Format.Errors(format, 400, "service_code was not provided");
        await using var connection = await HeldConnection.HoldAsync(db, ct);
        var service = await services.TakingRequestsAsync(db, code);
        if (service is null) return Open311Format.Errors(format, 404, $"service_code {code} not found");

        // A front end that timed out may send the same report again: intake answers with the case it already made.
        var externalId = Attribute(form, "fixmystreet_id").FirstOrDefault();
        var (location, locationError) = await LocationAsync(form, db, ct);
        if (locationError is not null) return Open311Format.Errors(format, 400, locationError);

        var answers = Open311Services.Attributes(service.Form).ToDictionary(q => q.Id, q => Answer(q, Attribute(form, q.Id)));
        if (service.Form.Find(Open311Services.DescriptionQuestion) is not null) answers[Open311Services.DescriptionQuestion] = [form["description"].ToString()];
        var name = $"{form["first_name"]} {form["last_name"]}".Trim();
        var mediaUrl = form["media_url"].ToString() is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var media)
            && media.Scheme is "http" or "https" ? url : null;

        var result = await intake.SubmitAsync(new IntakeRequest(service, answers, location, null,
            new ContactInput(name, NullIfEmpty(form["email"]), NullIfEmpty(form["phone"])),
            Channel.Api, context.Request.SiteBase(),
            From: new ConnectedSystem(client.Id, externalId, mediaUrl)), ct);
        if (!result.Succeeded)
            return Open311Format.Errors(format, 400, [.. result.Errors.Select(e => $"{ParameterFor(e)}: {e.Message}")]);
        return Created(format, result.Case!.Reference, service);
    }

    static IResult Created(string format, string reference, Service service) =>
        Open311Format.List(format, "service_requests", "request",
            [new Fields { { "service_request_id", reference }, { "service_notice", service.WhatHappensNext }, { "account_id", null } }]);

    /// <summary>Where: a UPRN (address_id, or FixMyStreet's attribute[uprn]), coordinates, a description, or several of these.</summary>
    static async Task<(LocationInput?, string?)> LocationAsync(IFormCollection form, FrontDoorDb db, CancellationToken ct)
    {
        var addressString = NullIfEmpty(form["address_string"]);
        double? lat = null, lon = null;
        if (form["lat"].Count > 0 || form["long"].Count > 0)
        {
            if (!double.TryParse(form["lat"], NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
                || !double.TryParse(form["long"], NumberStyles.Float, CultureInfo.InvariantCulture, out var lo))
                return (null, "lat and long must both be given, as decimal degrees (WGS84)");
            (lat, lon) = (la, lo);
        }
        long? uprn = null;
        if ((NullIfEmpty(form["address_id"]) ?? Attribute(form, "uprn").FirstOrDefault()) is string id)
        {
            if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
                return (null, "address_id must be a UPRN (digits only)");
            if (await db.Properties.AnyAsync(p => p.Uprn == parsed, ct)) uprn = parsed;
            else if (lat is null && addressString is null) return (null, $"address_id {id} is not in the council's address gazetteer");
        }
        if (uprn is null && lat is null && addressString is null)
            return (null, "Give the location as lat and long, address_string or address_id");
        return (new LocationInput(uprn, addressString, lat, lon), null);
    }

    /// <summary>attribute[code] and attribute[code][] both carry answers; dates may come as W3C date-times.</summary>
    static IEnumerable<string> Attribute(IFormCollection form, string code) =>
        form[$"attribute[{code}]"].Concat(form[$"attribute[{code}][]"]).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!);

    static List<string> Answer(Question q, IEnumerable<string> values) =>
        [.. values.Select(v => q.Type == QuestionType.Date && v.Length > 10 && Open311Format.TryParseDateTime(v, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : v)];

    /// <summary>Names intake's error keys as the Open311 parameters the client sent.</summary>
    static string ParameterFor(IntakeError error) => error.Field switch
    {
        IntakeField.Answer => error.QuestionId == Open311Services.DescriptionQuestion ? "description" : $"attribute[{error.QuestionId}]",
        IntakeField.Location => "lat/long, address_string or address_id",
        IntakeField.Upload => "media_url",
        IntakeField.FullName => "first_name and last_name",
        IntakeField.Email => "email",
        IntakeField.Phone => "phone",
        // Open311 has no parameter for help to communicate; FrontDoor never asks for it there.
        IntakeField.Needs or IntakeField.InterpreterLanguage => "contact",
        IntakeField.ExternalId => "attribute[fixmystreet_id]",
    };

    static string? NullIfEmpty(Microsoft.Extensions.Primitives.StringValues value) => value.ToString() is { Length: > 0 } s ? s.Trim() : null;

    public static async Task<IResult> ListAsync(string format, HttpContext context, FrontDoorDb db, TimeProvider clock, CancellationToken ct,
        [FromQuery(Name = "service_request_id")] string? ids = null, [FromQuery(Name = "service_code")] string? serviceCodes = null,
        [FromQuery(Name = "start_date")] string? start = null, [FromQuery(Name = "end_date")] string? end = null,
        string? status = null)
    {
        var (reader, refusal) = Reader(context, format);
        if (refusal is not null) return refusal;
        var cases = db.Cases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(ids))
        {
            // The specification: with service_request_id, every other parameter is ignored.
            var references = Split(ids).Select(CaseReference.Normalise).OfType<string>().ToList();
            return Render(format, await RowsAsync(cases.Where(c => references.Contains(c.Reference)), ct), reader);
        }
        var window = Open311Window.Read(start, end, clock, TimeSpan.FromDays(MaxWindowDays));
        if (window.Error is not null) return Open311Format.Errors(format, 400, window.Error);
        cases = cases.Where(c => c.CreatedAt >= window.From && c.CreatedAt <= window.To);
        if (!string.IsNullOrWhiteSpace(serviceCodes))
        {
            var codes = Split(serviceCodes).ToList();
            cases = cases.Where(c => codes.Contains(c.Service.Slug));
        }
        if (!string.IsNullOrWhiteSpace(status))
        {
            var wanted = Split(status).Select(s => s.ToLowerInvariant()).ToList();
            if (wanted.Any(s => s is not ("open" or "closed"))) return Open311Format.Errors(format, 400, "status must be open, closed or both");
            if (!wanted.Contains("closed")) cases = cases.Where(c => c.ResolvedAt == null);
            if (!wanted.Contains("open")) cases = cases.Where(c => c.ResolvedAt != null);
        }
        return Render(format, await RowsAsync(cases.OrderByDescending(c => c.CreatedAt).Take(MaxResults), ct), reader);
    }

    public static async Task<IResult> GetAsync(string id, string format, HttpContext context, FrontDoorDb db, CancellationToken ct)
    {
        var (reader, refusal) = Reader(context, format);
        if (refusal is not null) return refusal;
        var reference = CaseReference.Normalise(id);
        var rows = reference is null ? [] : await ByReference(db, reference).ToListAsync(ct);
        return rows.Count == 0 ? Open311Format.Errors(format, 404, $"service_request_id {id} not found") : Render(format, rows, reader);
    }

    /// <summary>FrontDoor makes the case at once, so the POST already answers with its id; a token is that id, for clients that ask.</summary>
    public static async Task<IResult> TokenAsync(string token, string format, FrontDoorDb db, CancellationToken ct)
    {
        var reference = CaseReference.Normalise(token);
        if (reference is null || !await db.Cases.AnyAsync(c => c.Reference == reference, ct))
            return Open311Format.Errors(format, 404, $"token {token} not found");
        return Open311Format.List(format, "service_requests", "request", [new Fields { { "service_request_id", reference }, { "token", token } }]);
    }

    /// <summary>
    /// Reading needs no key, but then shows no location or description: some services' cases are about a person's
    /// home (a repair, homelessness). A key with the cases:read scope sees them in full.
    /// </summary>
    static (bool FullText, IResult? Refusal) Reader(HttpContext context, string format) => ApiClientUser.From(context.User) switch
    {
        null => (false, null),
        { } client when client.Has(ApiScopes.ReadCases) => (true, null),
        _ => (false, Open311Format.Errors(format, 403, $"This api_key does not allow that: it needs the {ApiScopes.ReadCases} scope")),
    };

    sealed record CaseRow(string Reference, CaseStatus Status, string? Outcome, string ServiceName, string ServiceCode, string Team, string AnswersJson,
        DateTime CreatedAt, DateTime UpdatedAt, DateTime DueAt, string? LocationDescription, long? Uprn, double? Latitude, double? Longitude, string? MediaUrl);

    static readonly System.Linq.Expressions.Expression<Func<Case, CaseRow>> Row = c => new CaseRow(c.Reference, c.Status, c.Outcome, c.Service.Name,
        c.Service.Slug, c.Team.Name, c.AnswersJson, c.CreatedAt, c.UpdatedAt, c.DueAt, c.LocationDescription, c.Uprn, c.Latitude, c.Longitude, c.MediaUrl);

    static Task<List<CaseRow>> RowsAsync(IQueryable<Case> cases, CancellationToken ct) => cases.Select(Row).ToListAsync(ct);

    /// <summary>The read FixMyStreet makes most.</summary>
    static readonly CompiledQuery<Func<FrontDoorDb, string, IAsyncEnumerable<CaseRow>>> ByReferenceQuery =
        new(() => EF.CompileAsyncQuery((FrontDoorDb context, string wanted) => context.Cases.Where(c => c.Reference == wanted).Select(Row)));

    static IAsyncEnumerable<CaseRow> ByReference(FrontDoorDb db, string reference) => ByReferenceQuery.For(db)(db, reference);

    static IResult Render(string format, List<CaseRow> rows, bool full) =>
        Open311Format.List(format, "service_requests", "request", rows.Select(c => new Fields
        {
            { "service_request_id", c.Reference },
            { "status", Open311Statuses.Core(c.Status) },
            // Written by staff, possibly about someone's home or circumstances: only for a key that may read cases.
            { "status_notes", full ? c.Outcome : null },
            { "service_name", c.ServiceName },
            { "service_code", c.ServiceCode },
            { "description", full ? Case.ParseAnswers(c.AnswersJson).GetValueOrDefault(Open311Services.DescriptionQuestion)?.FirstOrDefault() : null },
            { "agency_responsible", c.Team },
            { "service_notice", null },
            { "requested_datetime", c.CreatedAt },
            { "updated_datetime", c.UpdatedAt },
            { "expected_datetime", c.DueAt },
            { "address", full ? c.LocationDescription : null },
            { "address_id", full ? c.Uprn : null },
            { "lat", full ? c.Latitude : null },
            { "long", full ? c.Longitude : null },
            { "media_url", full ? c.MediaUrl : null },
        }));

    static IEnumerable<string> Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
