namespace FrontDoor.Features.Messages;

/// <summary>
/// The languages a council may write its messages in: English (FrontDoor's own wording), the UK's other official
/// languages and those most asked for by interpreters in English councils. A customer's language is matched by name or code.
/// </summary>
public static class Languages
{
    public const string English = "en";

    public static readonly IReadOnlyList<(string Code, string Name)> All =
    [
        ("en", "English"), ("cy", "Welsh (Cymraeg)"), ("gd", "Scottish Gaelic (Gàidhlig)"), ("ga", "Irish (Gaeilge)"),
        ("ar", "Arabic"), ("bn", "Bengali"), ("zh", "Chinese"), ("fa", "Farsi"), ("fr", "French"), ("gu", "Gujarati"),
        ("ku", "Kurdish"), ("lt", "Lithuanian"), ("pl", "Polish"), ("pt", "Portuguese"), ("pa", "Punjabi"), ("ro", "Romanian"),
        ("so", "Somali"), ("es", "Spanish"), ("ti", "Tigrinya"), ("tr", "Turkish"), ("uk", "Ukrainian"), ("ur", "Urdu"),
    ];

    public static bool IsKnown(string? code) => All.Any(l => l.Code == code);

    public static string NameOf(string code) => All.FirstOrDefault(l => l.Code == code).Name ?? code;

    /// <summary>The code for what a customer told us ("Welsh", "cy", "Cymraeg"); English when they named none we write in.</summary>
    public static string CodeFor(string? customerLanguage)
    {
        var said = customerLanguage?.Trim();
        if (string.IsNullOrEmpty(said)) return English;
        foreach (var (code, name) in All)
            if (said.Equals(code, StringComparison.OrdinalIgnoreCase) || name.StartsWith(said, StringComparison.OrdinalIgnoreCase)
                || name.Contains($"({said})", StringComparison.OrdinalIgnoreCase))
                return code;
        return English;
    }
}
