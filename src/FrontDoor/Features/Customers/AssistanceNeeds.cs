using FrontDoor.Features.Forms;

namespace FrontDoor.Features.Customers;

public enum AssistanceField { Needs, InterpreterLanguage }

/// <summary>
/// Help a customer needs to communicate with the council, asked once and shown to every member of
/// staff who deals with them. Stored on the customer as a comma-separated list of codes.
/// </summary>
public static class AssistanceNeeds
{
    public const string Interpreter = "interpreter";
    public const string Lipspeaker = "lipspeaker";
    public const int MaxLanguageLength = 50;

    public static readonly (string Code, string Text)[] All =
    [
        ("bsl", "A British Sign Language (BSL) interpreter"),
        (Interpreter, "An interpreter for another language"),
        (Lipspeaker, "A lipspeaker"),
        ("large-print", "Letters in large print"),
        ("braille", "Letters in Braille"),
        ("easy-read", "Easy Read versions of letters"),
        ("audio", "Letters on audio"),
        ("help-with-forms", "Help to fill in forms"),
    ];

    public static string Store(IEnumerable<string> codes) => string.Join(',', All.Select(a => a.Code).Where(codes.Contains));

    public static List<string> Codes(string stored) => [.. stored.Split(',', StringSplitOptions.RemoveEmptyEntries)];

    public static void Apply(Customer customer, IEnumerable<string> codes, string? language)
    {
        customer.AssistanceNeeds = Store(codes);
        customer.InterpreterLanguage = Codes(customer.AssistanceNeeds).Contains(Interpreter) ? language?.Trim() : null;
    }

    public static string Describe(string stored, string? language)
    {
        var needs = Codes(stored).Select(code => code == Interpreter && !string.IsNullOrEmpty(language)
            ? $"An interpreter for {language}"
            : All.FirstOrDefault(a => a.Code == code).Text ?? code).ToList();
        return needs.Count == 0 ? "None" : string.Join("; ", needs);
    }

    public static IEnumerable<(AssistanceField Field, string Error)> Errors(IReadOnlyList<string> codes, string? language)
    {
        if (codes.Any(c => All.All(a => a.Code != c))) yield return (AssistanceField.Needs, "Select the help you need from the list");
        if (codes.Contains(Interpreter) && string.IsNullOrWhiteSpace(language))
            yield return (AssistanceField.InterpreterLanguage, "Enter the language you need an interpreter for");
        else if (language?.Trim().Length > MaxLanguageLength)
            yield return (AssistanceField.InterpreterLanguage, $"The language must be {MaxLanguageLength} characters or less");
        else if (language is not null && AnswerValidator.LooksLikeHtml(language))
            yield return (AssistanceField.InterpreterLanguage, "The language must not include HTML or code, such as < and >");
    }

    /// <summary>The id of the field in <c>_AssistanceNeedsFields</c>, wherever the partial is used.</summary>
    public static string FieldId(AssistanceField field) => field switch
    {
        AssistanceField.Needs => "needs",
        AssistanceField.InterpreterLanguage => "interpreterLanguage",
    };

    public static void AddErrors(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state, IReadOnlyList<string> codes, string? language)
    {
        foreach (var (field, error) in Errors(codes, language)) state.AddModelError(FieldId(field), error);
    }
}
