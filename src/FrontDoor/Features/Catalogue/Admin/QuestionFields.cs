using System.Globalization;
using System.Text.RegularExpressions;
using FrontDoor.Features.Forms;

namespace FrontDoor.Features.Catalogue.Admin;

/// <summary>What the form designer posts about one question, as text, with the designer's rules.</summary>
public sealed partial class QuestionFields
{
    public string? Id { get; set; }
    public string? Type { get; set; }
    public string? Label { get; set; }
    public string? Hint { get; set; }
    public string? Name { get; set; }
    public string? Required { get; set; }
    public string? Options { get; set; }
    public string? MaxLength { get; set; }
    public string? Min { get; set; }
    public string? Max { get; set; }
    public string? WholeNumber { get; set; }
    public string? DateRule { get; set; }
    public string? DateOfBirth { get; set; }
    public string? NearestAddress { get; set; }
    public string? ShowIfQuestion { get; set; }
    public string? ShowIfValues { get; set; }

    public static readonly string[] FieldOrder = ["label", "type", "id", "hint", "name", "required", "options", "maxLength", "min", "max", "dateRule", "showIfQuestion", "showIfValues"];

    public static string TypeText(QuestionType type) => type switch
    {
        QuestionType.Text => "Short answer",
        QuestionType.Textarea => "Long answer",
        QuestionType.Number => "Number",
        QuestionType.Date => "Date",
        QuestionType.Email => "Email address",
        QuestionType.Phone => "Phone number",
        QuestionType.SingleChoice => "One choice from a list",
        QuestionType.MultipleChoice => "Several choices from a list",
        QuestionType.YesNo => "Yes or no",
        QuestionType.Location => "Location or address",
        QuestionType.Photo => "Photo",
        QuestionType.Document => "Document upload (PDF, Word or image)",
        QuestionType.Slot => "Date to book (a collection or visit, from the service's diaries)",
    };

    public static QuestionFields From(Question q) => new()
    {
        Id = q.Id, Type = q.Type.ToString(), Label = q.Label, Hint = q.Hint, Name = q.Name, Required = q.Required ? "yes" : "no",
        Options = string.Join('\n', q.Options.Select(o => $"{o.Value}|{o.Text}")), MaxLength = q.MaxLength?.ToString(),
        Min = q.Min?.ToString(CultureInfo.InvariantCulture), Max = q.Max?.ToString(CultureInfo.InvariantCulture),
        WholeNumber = q.WholeNumber ? "yes" : null, DateRule = q.DateRule.ToString(), DateOfBirth = q.DateOfBirth ? "yes" : null,
        NearestAddress = q.NearestAddress ? "yes" : null,
        ShowIfQuestion = q.ShowIf?.QuestionId, ShowIfValues = q.ShowIf is { } when ? string.Join(", ", when.Values) : null,
    };

    /// <summary>The questions a condition may wait on: the choices and yes/no questions asked before this one.</summary>
    public static IEnumerable<Question> ConditionCandidates(FormDefinition form, string? replacing) =>
        Earlier(form, replacing).Where(q => q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.YesNo);

    static IEnumerable<Question> Earlier(FormDefinition form, string? replacing) =>
        replacing is null ? form.Questions : form.Questions.TakeWhile(q => q.Id != replacing);

    [GeneratedRegex("^[a-z][a-z0-9_]{0,39}$")]
    private static partial Regex IdShape();

    QuestionType? ParsedType => Enum.TryParse<QuestionType>(Type, out var t) && Enum.IsDefined(t) ? t : null;
    static bool IsChoice(QuestionType t) => t is QuestionType.SingleChoice or QuestionType.MultipleChoice;

    /// <summary>Every problem with this question as part of <paramref name="form"/>, where it replaces <paramref name="replacing"/> (null when new).</summary>
    public IEnumerable<(string Field, string Error)> Errors(FormDefinition form, string? replacing)
    {
        var others = form.Questions.Where(q => q.Id != replacing).ToList();
        if (string.IsNullOrWhiteSpace(Id)) yield return ("id", "Enter a code for the question");
        else if (!IdShape().IsMatch(Id.Trim())) yield return ("id", "The code must start with a letter and use only lower-case letters, numbers and underscores, like depth or bin_type");
        else if (others.Any(q => q.Id == Id.Trim())) yield return ("id", $"There is already a question with the code {Id.Trim()}");
        foreach (var e in SetUpText.Errors("label", Label, "the question", 200, required: true)) yield return e;
        foreach (var e in SetUpText.Errors("hint", Hint, "the hint", 500)) yield return e;
        foreach (var e in SetUpText.Errors("name", Name, "how error messages name the answer", 100)) yield return e;
        if (Required is not ("yes" or "no")) yield return ("required", "Choose whether an answer is needed");
        if (ParsedType is not { } type) { yield return ("type", "Choose the type of answer"); yield break; }
        if (type == QuestionType.Location && others.Any(q => q.Type == type))
            yield return ("type", "A form can ask for one location only");
        if (type is QuestionType.Photo or QuestionType.Document && others.Any(q => q.IsUpload))
            yield return ("type", "A form can ask for one photo or document only");
        if (type == QuestionType.Slot && others.Any(q => q.IsSlot))
            yield return ("type", "A form can ask for one date to book only");
        if (IsChoice(type))
        {
            var options = ParsedOptions();
            if (options.Count < 2) yield return ("options", "Give at least 2 options, one a line");
            else if (options.Any(o => o.Text.Length > 200 || o.Value.Length > 40)) yield return ("options", "Each option must be 200 characters or less");
            else if (options.Any(o => AnswerValidator.LooksLikeHtml(o.Text) || AnswerValidator.LooksLikeHtml(o.Value))) yield return ("options", "Options must not include HTML or code, such as < and >");
            else if (options.Select(o => o.Value).Distinct().Count() < options.Count) yield return ("options", "Give each option once");
        }
        if (type is QuestionType.Text or QuestionType.Textarea && !string.IsNullOrWhiteSpace(MaxLength)
            && !(int.TryParse(MaxLength, out var max) && max is >= 1 and <= 5000))
            yield return ("maxLength", "The most characters must be a whole number from 1 to 5000");
        if (type == QuestionType.Number)
        {
            var (min, minOk) = Decimal(Min);
            var (maxNumber, maxOk) = Decimal(Max);
            if (!minOk) yield return ("min", "The smallest answer must be a number");
            if (!maxOk) yield return ("max", "The largest answer must be a number");
            else if (min is not null && maxNumber is not null && min > maxNumber) yield return ("max", "The largest answer must be more than the smallest");
        }
        if (type == QuestionType.Date && !(Enum.TryParse<DateRule>(DateRule, out var rule) && Enum.IsDefined(rule)))
            yield return ("dateRule", "Choose which dates are allowed");
        // A condition waits on an earlier question, so the form always reads forwards and can never loop.
        if (!string.IsNullOrWhiteSpace(ShowIfQuestion))
        {
            var on = ConditionCandidates(form, replacing).FirstOrDefault(q => q.Id == ShowIfQuestion);
            if (on is null) yield return ("showIfQuestion", "Choose a choice or yes or no question that comes before this one");
            else if (ConditionValues().Count == 0) yield return ("showIfValues", $"Give the answers to {on.Label} that ask this question");
            else if (ConditionValues().FirstOrDefault(v => on.EffectiveOptions.All(o => o.Value != v)) is { } unknown)
                yield return ("showIfValues", $"{unknown} is not an answer to {on.Label}. Use the codes: {string.Join(", ", on.EffectiveOptions.Select(o => o.Value))}");
        }
    }

    List<string> ConditionValues() => [.. (ShowIfValues ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    static (decimal? Value, bool Ok) Decimal(string? text) =>
        string.IsNullOrWhiteSpace(text) ? (null, true)
        : decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? (d, true) : (null, false);

    /// <summary>One option a line: "code|Words people see", or just the words (the code is made from them).</summary>
    List<Option> ParsedOptions() => [.. (Options ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(line => line.Split('|', 2) is [var value, var text] ? new Option(value.Trim(), text.Trim()) : new Option(Code(line), line))];

    static string Code(string text) => string.Join('_', new string([.. text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')])
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)) is { Length: > 0 } code ? code[..Math.Min(code.Length, 40)] : "option";

    /// <summary>The question these fields describe, once <see cref="Errors"/> has found nothing.</summary>
    public Question ToQuestion()
    {
        var type = ParsedType!.Value;
        return new Question
        {
            Id = Id!.Trim(), Type = type, Label = Label!.Trim(), Hint = Blank(Hint), Name = Blank(Name), Required = Required == "yes",
            Options = IsChoice(type) ? ParsedOptions() : [],
            MaxLength = type is QuestionType.Text or QuestionType.Textarea && int.TryParse(MaxLength, out var max) ? max : null,
            Min = type == QuestionType.Number ? Decimal(Min).Value : null,
            Max = type == QuestionType.Number ? Decimal(Max).Value : null,
            WholeNumber = type == QuestionType.Number && WholeNumber == "yes",
            DateRule = type == QuestionType.Date ? Enum.Parse<DateRule>(DateRule!) : Catalogue.DateRule.Any,
            DateOfBirth = type == QuestionType.Date && DateOfBirth == "yes",
            NearestAddress = type == QuestionType.Location && NearestAddress == "yes",
            ShowIf = string.IsNullOrWhiteSpace(ShowIfQuestion) ? null : new Condition(ShowIfQuestion.Trim(), ConditionValues()),
        };
    }

    static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
