using FrontDoor.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Api;

/// <summary>The catalogue, with each service's form as JSON Schema-like metadata: what a client must send to create a case.</summary>
public static class ServicesApi
{
    public record ServiceJson(string Code, string Name, string Summary, string Category, string Team, int? StandardWorkingDays, int? StandardHours,
        FormSchema Form);

    public record FormSchema(string Type, IReadOnlyList<string> Required, IReadOnlyDictionary<string, QuestionSchema> Properties, bool LocationRequired);

    public record QuestionSchema(string Title, string? Description, string Type, string? Format, IReadOnlyList<string>? Enum,
        IReadOnlyList<Option>? Options, int? MaxLength, decimal? Minimum, decimal? Maximum, string QuestionType);

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<List<ServiceJson>>> (FrontDoorDb db, CancellationToken ct) =>
            TypedResults.Ok((await db.Services.AsNoTracking().TakingRequests().Include(s => s.Team).OrderBy(s => s.Name).ToListAsync(ct)).Select(From).ToList()))
            .WithName("ListServices").WithSummary("The service catalogue");
        group.MapGet("/{code}", async Task<Results<Ok<ServiceJson>, NotFoundProblem>> (string code, FrontDoorDb db, CancellationToken ct) =>
            await db.Services.AsNoTracking().TakingRequests().Include(s => s.Team).SingleOrDefaultAsync(s => s.Slug == code, ct) is { } service
                ? TypedResults.Ok(From(service))
                : new NotFoundProblem($"There is no service with the code {code}"))
            .WithName("GetService").WithSummary("One service and its form");
        group.MapGet("/{code}/dates", DatesAsync).WithName("ListServiceDates")
            .WithSummary("A booked service's free dates for an address: send one's value as the answer to its date question");
    }

    public record DateJson(string Value, DateTime Start, DateTime End, string Text, int Free)
    {
        public static DateJson From(Slots.OpenSlot slot) =>
            new(Slots.SlotTimes.Value(slot.Span), slot.Start, slot.End, Slots.SlotTimes.Text(slot.Span), slot.Free);
    }

    /// <summary>The dates free at the address (by its UPRN; without one, the dates of the diaries that serve everywhere).</summary>
    static async Task<Results<Ok<List<DateJson>>, NotFoundProblem, ValidationProblem>> DatesAsync(string code, long? uprn, FrontDoorDb db,
        Slots.ServiceDates dates, CancellationToken ct)
    {
        if (await db.Services.AsNoTracking().TakingRequests().SingleOrDefaultAsync(s => s.Slug == code, ct) is not { } service)
            return new NotFoundProblem($"There is no service with the code {code}");
        if (!service.Form.Questions.Any(q => q.IsSlot)) return new NotFoundProblem($"The service {code} does not book dates");
        if (uprn is not null && !await db.Properties.AnyAsync(p => p.Uprn == uprn, ct)) return FieldProblems.From([("uprn", "There is no address with that UPRN")]);
        var free = await dates.FreeAsync(await dates.DiariesAsync(service.Id, await dates.WardOfAsync(uprn, ct), ct), ct);
        return TypedResults.Ok(free.Select(DateJson.From).ToList());
    }

    static ServiceJson From(Service s) => new(s.Slug, s.Name, s.Summary, s.Category, s.Team.Name,
        s.StandardHours is null ? s.StandardDays : null, s.StandardHours, Schema(s.Form));

    /// <summary>The questions a client answers in "answers": every one but location (its own field) and photo (not taken by the API).</summary>
    public static IEnumerable<Question> Answerable(FormDefinition form) => form.Questions.Where(q => !q.IsLocationOrUpload);

    /// <summary>How a client answers a date question, said in the schema and in Open311's attribute.</summary>
    public const string SlotFormat = "One of the values GET /api/v1/services/{code}/dates gives for the address: a start and end in UTC, such as 2026-12-10T07:00Z/2026-12-10T17:00Z";

    static FormSchema Schema(FormDefinition form) => new("object",
        [.. Answerable(form).Where(q => q.AlwaysRequired).Select(q => q.Id)],
        Answerable(form).ToDictionary(q => q.Id, q => new QuestionSchema(
            q.Label, string.Join(". ", new[] { q.Hint, q.ConditionText, q.IsSlot ? SlotFormat : null }.Where(t => t is not null)) is { Length: > 0 } described ? described : null,
            q.Type switch { QuestionType.Number => "number", QuestionType.MultipleChoice => "array", _ => "string" },
            q.Type switch { QuestionType.Date => "date", QuestionType.Email => "email", QuestionType.Phone => "phone", QuestionType.Slot => "slot", _ => null },
            q.EffectiveOptions.Any() ? [.. q.EffectiveOptions.Select(o => o.Value)] : null,
            q.EffectiveOptions.Any() ? [.. q.EffectiveOptions] : null,
            q.Type is QuestionType.Text or QuestionType.Textarea ? q.EffectiveMaxLength : null,
            q.Min, q.Max,
            System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(q.Type.ToString()))),
        form.Questions.Any(q => q.Type == QuestionType.Location && q.Required));
}
