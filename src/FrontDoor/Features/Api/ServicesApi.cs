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
    }

    static ServiceJson From(Service s) => new(s.Slug, s.Name, s.Summary, s.Category, s.Team.Name,
        s.StandardHours is null ? s.StandardDays : null, s.StandardHours, Schema(s.Form));

    /// <summary>The questions a client answers in "answers": every one but location (its own field) and photo (not taken by the API).</summary>
    public static IEnumerable<Question> Answerable(FormDefinition form) => form.Questions.Where(q => !q.IsLocationOrUpload);

    static FormSchema Schema(FormDefinition form) => new("object",
        [.. Answerable(form).Where(q => q.AlwaysRequired).Select(q => q.Id)],
        Answerable(form).ToDictionary(q => q.Id, q => new QuestionSchema(
            q.Label, q.ConditionText is { } condition ? string.Join(". ", new[] { q.Hint, condition }.Where(t => t is not null)) : q.Hint,
            q.Type switch { QuestionType.Number => "number", QuestionType.MultipleChoice => "array", _ => "string" },
            q.Type switch { QuestionType.Date => "date", QuestionType.Email => "email", QuestionType.Phone => "phone", _ => null },
            q.EffectiveOptions.Any() ? [.. q.EffectiveOptions.Select(o => o.Value)] : null,
            q.EffectiveOptions.Any() ? [.. q.EffectiveOptions] : null,
            q.Type is QuestionType.Text or QuestionType.Textarea ? q.EffectiveMaxLength : null,
            q.Min, q.Max,
            System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(q.Type.ToString()))),
        form.Questions.Any(q => q.Type == QuestionType.Location && q.Required));
}
