namespace FrontDoor.Features.Forms;

/// <summary>The checks on a line of text council staff write into the set-up pages: given when needed, not too long, no HTML.</summary>
public static class SetUpText
{
    /// <param name="what">The field as a sentence names it, in lower case: "the summary".</param>
    public static IEnumerable<(string Field, string Error)> Errors(string field, string? value, string what, int max, bool required = false)
    {
        var label = char.ToUpperInvariant(what[0]) + what[1..];
        if (string.IsNullOrWhiteSpace(value)) { if (required) yield return (field, $"Enter {what}"); }
        else if (value.Trim().Length > max) yield return (field, $"{label} must be {max} characters or less");
        else if (AnswerValidator.LooksLikeHtml(value)) yield return (field, $"{label} must not include HTML or code, such as < and >");
    }
}
