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

    /// <summary>
    /// The questions these answers lead to, in order: every question without a condition, and each conditional one whose
    /// earlier question was itself asked and answered with one of the values it waits for.
    /// </summary>
    public List<Question> Asked(IReadOnlyDictionary<string, List<string>> answers)
    {
        var asked = new List<Question>();
        foreach (var q in Questions)
            if (q.ShowIf is not { } when || (asked.Any(a => a.Id == when.QuestionId) && answers.GetValueOrDefault(when.QuestionId) is { } given && given.Any(when.Values.Contains)))
                asked.Add(q);
        return asked;
    }
}

/// <summary>Ask a question only when an earlier choice or yes/no question was answered with one of these values.</summary>
public record Condition(string QuestionId, List<string> Values);

public enum QuestionType { Text, Textarea, Number, Date, Email, Phone, SingleChoice, MultipleChoice, YesNo, Location, Photo, Document, Slot }

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
    /// <summary>Asked only when this holds; a conditional question is required only when it is asked.</summary>
    public Condition? ShowIf { get; init; }

    public string MessageName => Name ?? Type switch
    {
        QuestionType.Photo => "the photo",
        QuestionType.Document => "the document",
        QuestionType.Location => NearestAddress ? "the location" : "the address",
        QuestionType.Slot => "a date",
        _ => Label.TrimEnd('?').ToLowerInvariant(),
    };

    /// <summary>A file the resident sends (a photo or a document): a form has at most one, kept with the case.</summary>
    public bool IsUpload => Type is QuestionType.Photo or QuestionType.Document;

    /// <summary>
    /// A booked service's date (a bulky waste collection, a pest control visit): chosen from the free places in the
    /// service's collection diaries that serve the address, and taken when the request is sent. A form has at most one.
    /// </summary>
    public bool IsSlot => Type == QuestionType.Slot;

    /// <summary>Answered on a page of its own rather than as a typed or chosen answer: a place or a file.</summary>
    public bool IsLocationOrUpload => Type == QuestionType.Location || IsUpload;

    /// <summary>Needed whatever the other answers: required, and not waiting on a condition.</summary>
    public bool AlwaysRequired => Required && ShowIf is null;

    /// <summary>For connected systems, which see every question at once: when a conditional question is asked.</summary>
    public string? ConditionText => ShowIf is { } when ? $"Asked{(Required ? " and needed" : "")} only when {when.QuestionId} is {string.Join(" or ", when.Values)}" : null;

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
            QuestionType.Slot when Slots.SlotTimes.ParseSpan(values[0]) is { } span => Slots.SlotTimes.Text(span),
            _ => values[0],
        };
    }
}

public record Option(string Value, string Text);
