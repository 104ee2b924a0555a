using System.Text.Json;
using System.Text.Json.Serialization;

namespace FrontDoor.Features.Catalogue;

/// <summary>
/// The questions a service asks. One definition drives the resident's pages, the staff form,
/// the API's validation and the Open311 service definition.
/// </summary>
public record FormDefinition
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public List<Question> Questions { get; init; } = [];

    public Question? Find(string id) => Questions.FirstOrDefault(q => q.Id == id);
}

public enum QuestionType { Text, Textarea, Number, Date, Email, Phone, SingleChoice, MultipleChoice, YesNo, Location, Photo }

public enum DateRule { Any, PastOrToday, TodayOrFuture }

public record Question
{
    /// <summary>Stable code used in URLs, stored answers and the Open311 attribute code.</summary>
    public required string Id { get; init; }
    public required QuestionType Type { get; init; }
    public required string Label { get; init; }
    public string? Hint { get; init; }
    public bool Required { get; init; } = true;
    public List<Option> Options { get; init; } = [];
    public int? MaxLength { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public DateRule DateRule { get; init; } = DateRule.Any;
    /// <summary>For a number question: a count of things, so 2.5 is refused.</summary>
    public bool WholeNumber { get; init; }
    /// <summary>For a date question: a date of birth, so browsers offer the person's own (autocomplete bday-*).</summary>
    public bool DateOfBirth { get; init; }
    /// <summary>How error messages name the answer, e.g. "the type of bin".</summary>
    public string? Name { get; init; }
    /// <summary>
    /// For a location question: the place is near an address (a street problem), so the address list offers the
    /// nearest one and a place with no address can be described; otherwise it is the address itself (a home, a collection).
    /// </summary>
    public bool NearestAddress { get; init; }

    public string MessageName => Name ?? Type switch
    {
        QuestionType.Photo => "the photo",
        QuestionType.Location => NearestAddress ? "the location" : "the address",
        _ => Label.TrimEnd('?').ToLowerInvariant(),
    };

    public int EffectiveMaxLength => MaxLength ?? (Type == QuestionType.Textarea ? 2000 : 200);

    public IEnumerable<Option> EffectiveOptions => Type == QuestionType.YesNo
        ? [new Option("yes", "Yes"), new Option("no", "No")]
        : Options;

    /// <summary>An answer as people read it, on check answers and on the staff case page: the options' words, UK dates.</summary>
    public string AnswerText(List<string>? values)
    {
        if (values is null || values.Count == 0) return "Not answered";
        return Type switch
        {
            QuestionType.SingleChoice or QuestionType.YesNo or QuestionType.MultipleChoice =>
                string.Join(", ", values.Select(v => EffectiveOptions.FirstOrDefault(o => o.Value == v)?.Text ?? v)),
            QuestionType.Date when DateOnly.TryParse(values[0], System.Globalization.CultureInfo.InvariantCulture, out var d) => Calendar.UkDates.Date(d),
            _ => values[0],
        };
    }
}

public record Option(string Value, string Text);
