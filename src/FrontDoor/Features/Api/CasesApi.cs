using FrontDoor.Features.Catalogue;
using System.Text;
using System.Text.Json;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Events;
using FrontDoor.Features.Requests;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using FrontDoor.Shared;

namespace FrontDoor.Features.Api;

/// <summary>Cases for connected systems: created through the same intake as every channel, worked through the same workflow as staff.</summary>
public static class CasesApi
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <param name="ExternalId">The client's own id for the case: sent again (a retry after a timeout), it is answered with the case already made.</param>
    public record CreateCase(string? ServiceCode, Dictionary<string, JsonElement>? Answers, LocationRequest? Location, ContactRequest? Contact, string? ExternalId);
    public record LocationRequest(long? Uprn, double? Latitude, double? Longitude, string? Description);
    public record ContactRequest(string? Name, string? Email, string? Phone);
    public record CasePage(IReadOnlyList<CaseJson> Items, string? NextCursor);
    public record CaseDetail(CaseJson Case, int Version, IReadOnlyList<TimelineJson> Timeline);
    public record TimelineJson(long Id, DateTime At, string Type, bool Public, string Text, string Actor);
    /// <param name="Version">The version the client last read, to refuse a change made over someone else's; leave out to act on the latest.</param>
    public record AddUpdate(string? Text, bool Public, int? Version);
    public record ChangeStatus(string? Status, string? Message, int? Version);

    public static void Map(RouteGroupBuilder group)
    {
        var read = ApiClientsSetup.PolicyFor(ApiScopes.ReadCases);
        var write = ApiClientsSetup.PolicyFor(ApiScopes.WriteCases);
        group.MapPost("/", CreateAsync).RequireAuthorization(write).WithName("CreateCase").WithSummary("Create a case");
        group.MapGet("/", ListAsync).RequireAuthorization(read).WithName("ListCases").WithSummary("List cases, oldest first, a page at a time");
        group.MapGet("/{reference}", GetAsync).RequireAuthorization(read).WithName("GetCase").WithSummary("One case and its timeline");
        group.MapPost("/{reference}/updates", AddUpdateAsync).RequireAuthorization(write).WithName("AddCaseUpdate")
            .WithSummary("Add a public update (sent to the customer) or an internal note");
        group.MapPost("/{reference}/status", ChangeStatusAsync).RequireAuthorization(write).WithName("ChangeCaseStatus").WithSummary("Move a case to another status");
    }

    static async Task<Results<Created<CaseJson>, ValidationProblem>> CreateAsync(CreateCase body, HttpContext context, FrontDoorDb db, ServicesByCode services, RequestIntake intake, CancellationToken ct)
    {
        var client = ApiClientUser.From(context.User)!;
        await using var connection = await HeldConnection.HoldAsync(db, ct);
        var service = body.ServiceCode is null ? null : await services.TakingRequestsAsync(db, body.ServiceCode);
        if (service is null) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["service_code"] = ["Give the code of a live service in the catalogue"] });

        var errors = new Dictionary<string, string[]>();
        var answers = new Dictionary<string, List<string>>();
        foreach (var (id, value) in body.Answers ?? [])
        {
            if (!ServicesApi.Answerable(service.Form).Any(q => q.Id == id)) errors[$"answers.{id}"] = [$"The service {service.Slug} does not ask {id}"];
            else if (AnswerValues(value) is { } values) answers[id] = values;
            else errors[$"answers.{id}"] = ["Give a string, a number or an array of strings"];
        }
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var location = body.Location is { } l ? new LocationInput(l.Uprn, l.Description, l.Latitude, l.Longitude) : null;
        var result = await intake.SubmitAsync(new IntakeRequest(service, answers, location, null,
            new ContactInput(body.Contact?.Name, body.Contact?.Email, body.Contact?.Phone),
            Channel.Api, context.Request.SiteBase(),
            From: new ConnectedSystem(client.Id, body.ExternalId, null)), ct);
        if (!result.Succeeded) return TypedResults.ValidationProblem(result.Errors.GroupBy(FieldFor).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        return TypedResults.Created($"/api/v1/cases/{result.Case!.Reference}", CaseJson.From(result.Case, service));
    }

    // Answers arrive as JSON elements, which the body's string converter does not see: cleaned here instead.
    static List<string>? AnswerValues(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => [Shared.TextFromOutside.Clean(value.GetString()!)],
        JsonValueKind.Number => [value.GetRawText()],
        JsonValueKind.True or JsonValueKind.False => [value.GetBoolean() ? "yes" : "no"],
        JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String) => [.. value.EnumerateArray().Select(v => Shared.TextFromOutside.Clean(v.GetString()!))],
        _ => null,
    };

    /// <summary>Intake's error keys as the JSON fields the client sent.</summary>
    static string FieldFor(IntakeError error) => error.Field switch
    {
        IntakeField.Answer => $"answers.{error.QuestionId}",
        IntakeField.Location => "location",
        IntakeField.Upload => "answers",
        IntakeField.FullName => "contact.name",
        IntakeField.Email => "contact.email",
        IntakeField.Phone => "contact.phone",
        IntakeField.Needs or IntakeField.InterpreterLanguage => "contact",
        IntakeField.ExternalId => "external_id",
    };

    static async Task<Results<Ok<CasePage>, ValidationProblem>> ListAsync(FrontDoorDb db, CancellationToken ct,
        [FromQuery(Name = "service_code")] string? serviceCode = null, string? status = null, string? team = null,
        [FromQuery(Name = "updated_since")] DateTimeOffset? updatedSince = null, string? cursor = null, int? limit = null)
    {
        var errors = new Dictionary<string, string[]>();
        var size = limit ?? DefaultPageSize;
        if (size is < 1 or > MaxPageSize) errors["limit"] = [$"limit must be from 1 to {MaxPageSize}"];
        long after = 0;
        if (cursor is not null && !TryReadCursor(cursor, out after)) errors["cursor"] = ["Use the next_cursor from the previous page"];
        var wanted = status is null ? null : Case.FromStatusCode(status);
        if (status is not null && wanted is null) errors["status"] = [$"status must be one of {string.Join(", ", Enum.GetValues<CaseStatus>().Select(Case.StatusCode))}"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        // Keyset pagination on the id: stable while cases are added, and each page costs the same however deep.
        var cases = db.Cases.AsNoTracking().Include(c => c.Service).Include(c => c.Team).Where(c => c.Id > after);
        if (serviceCode is not null) cases = cases.Where(c => c.Service.Slug == serviceCode);
        if (wanted is CaseStatus s) cases = cases.Where(c => c.Status == s);
        if (team is not null) cases = cases.Where(c => c.Team.Name == team);
        if (updatedSince is { } since) cases = cases.Where(c => c.UpdatedAt >= since.UtcDateTime);
        var page = await cases.OrderBy(c => c.Id).Take(size + 1).ToListAsync(ct);
        var next = page.Count > size ? Cursor(page[size - 1].Id) : null;
        return TypedResults.Ok(new CasePage([.. page.Take(size).Select(c => CaseJson.From(c))], next));
    }

    static string Cursor(long id) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"after:{id}"));

    static bool TryReadCursor(string cursor, out long id)
    {
        id = 0;
        try
        {
            var text = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(cursor));
            return text.StartsWith("after:") && long.TryParse(text[6..], out id);
        }
        catch (FormatException) { return false; }
    }

    static async Task<Results<Ok<CaseDetail>, NotFoundProblem>> GetAsync(string reference, FrontDoorDb db) =>
        CaseReference.Normalise(reference) is { } r && await DetailAsync(db, r) is { } detail ? TypedResults.Ok(detail) : NotFound(reference);

    static async Task<Results<Ok<CaseDetail>, ValidationProblem, NotFoundProblem, ConflictProblem>> AddUpdateAsync(string reference, AddUpdate body, HttpContext context, FrontDoorDb db, CaseWorkflow workflow, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(body.Text)) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["Enter the text of the update"] });
        if (body.Text.Length > CaseWorkflow.MaxTextLength) return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["text"] = [$"The text must be {CaseWorkflow.MaxTextLength} characters or less"] });
        if (await FindAsync(db, reference, ct) is not { } c) return NotFound(reference);
        var result = body.Public
            ? await workflow.PostUpdateAsync(c, body.Version ?? c.Version, context.Actor(), body.Text, context.Request.SiteBase(), ct)
            : await workflow.AddNoteAsync(c, body.Version ?? c.Version, context.Actor(), body.Text, ct);
        return await RefusedOrDetailAsync(result, db, c.Reference);
    }

    static async Task<Results<Ok<CaseDetail>, ValidationProblem, NotFoundProblem, ConflictProblem>> ChangeStatusAsync(string reference, ChangeStatus body, HttpContext context, FrontDoorDb db, CaseWorkflow workflow, CancellationToken ct)
    {
        if (Case.FromStatusCode(body.Status) is not CaseStatus to)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"status must be one of {string.Join(", ", Enum.GetValues<CaseStatus>().Select(Case.StatusCode))}"] });
        if (await FindAsync(db, reference, ct) is not { } c) return NotFound(reference);
        var result = await workflow.ChangeStatusAsync(c, body.Version ?? c.Version, context.Actor(), to, body.Message, context.Request.SiteBase(), ct);
        return await RefusedOrDetailAsync(result, db, c.Reference);
    }

    static async Task<Results<Ok<CaseDetail>, ValidationProblem, NotFoundProblem, ConflictProblem>> RefusedOrDetailAsync(
        WorkflowResult result, FrontDoorDb db, string reference) => result.Outcome switch
    {
        WorkflowOutcome.Saved => TypedResults.Ok((await DetailAsync(db, reference))!),
        WorkflowOutcome.Stale => new ConflictProblem("The case has changed", result.Message),
        WorkflowOutcome.Invalid => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [CaseFields.Name(result.Field!.Value)] = [result.Message!] }),
    };


    /// <summary>The case with what the workflow needs to change it: its service, team and customer.</summary>
    static Task<Case?> FindAsync(FrontDoorDb db, string reference, CancellationToken ct) =>
        CaseReference.Normalise(reference) is { } r
            ? db.Cases.Include(c => c.Service).Include(c => c.Team).Include(c => c.Customer).SingleOrDefaultAsync(c => c.Reference == r, ct)
            : Task.FromResult<Case?>(null);

    sealed record CaseRead(Case Case, string ServiceCode, string Team, List<TimelineRow> Timeline);
    sealed record TimelineRow(long Id, DateTime At, TimelineEventType Type, bool IsPublic, string Text, string Actor);

    /// <summary>
    /// What a GET answers, and each change answers with: the case and its timeline in one query, read without tracking.
    /// No first row asked for, as the reference is unique (see CaseProgress).
    /// </summary>
    static readonly CompiledQuery<Func<FrontDoorDb, string, IAsyncEnumerable<CaseRead>>> Read = new(() => EF.CompileAsyncQuery((FrontDoorDb db, string reference) =>
        db.Cases.AsNoTracking().Where(c => c.Reference == reference)
            .Select(c => new CaseRead(c, c.Service.Slug, c.Team.Name, c.Timeline.OrderBy(t => t.At).ThenBy(t => t.Id)
                .Select(t => new TimelineRow(t.Id, t.At, t.Type, t.IsPublic, t.Text, t.Actor)).ToList()))));

    static async Task<CaseDetail?> DetailAsync(FrontDoorDb db, string reference) => await Read.For(db)(db, reference).FirstOrDefaultAsync() is { } read
        ? new(CaseJson.From(read.Case, read.ServiceCode, read.Team), read.Case.Version,
            [.. read.Timeline.Select(t => new TimelineJson(t.Id, t.At, JsonNamingPolicy.SnakeCaseLower.ConvertName(t.Type.ToString()), t.IsPublic, t.Text, t.Actor))])
        : null;

    static NotFoundProblem NotFound(string reference) => new($"There is no case with the reference {reference}");
}
