using FrontDoor.Features.Forms;

namespace FrontDoor.Features.Customers;

/// <summary>
/// Help a customer needs to communicate with the council, asked once and shown to every member of
/// staff who deals with them. Stored on the customer as a comma-separated list of codes.
/// </summary>
public static class AssistanceNeeds
{
    public const string Interpreter = "interpreter";
    public const int MaxLanguageLength = 50;

    public static readonly (string Code, string Text)[] All =
    [
        ("bsl", "A British Sign Language (BSL) interpreter"),
        (Interpreter, "An interpreter for another language"),
        ("large-print", "Letters in large print"),
        ("braille", "Letters in Braille"),
        ("easy-read", "Easy Read versions of letters"),
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

    /// <summary>Errors keyed "needs" and "interpreterLanguage", the ids of their fields.</summary>
    public static IEnumerable<(string Field, string Error)> Errors(IReadOnlyList<string> codes, string? language)
    {
        if (codes.Any(c => All.All(a => a.Code != c))) yield return ("needs", "Select the help you need from the list");
        if (codes.Contains(Interpreter) && string.IsNullOrWhiteSpace(language))
            yield return ("interpreterLanguage", "Enter the language you need an interpreter for");
        else if (language?.Trim().Length > MaxLanguageLength)
            yield return ("interpreterLanguage", $"The language must be {MaxLanguageLength} characters or less");
        else if (language is not null && AnswerValidator.LooksLikeHtml(language))
            yield return ("interpreterLanguage", "The language must not include HTML or code, such as < and >");
    }
}
