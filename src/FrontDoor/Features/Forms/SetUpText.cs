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

    /// <summary>A whole number typed in a set-up form's box, within bounds; null with the error for its field when not.</summary>
    public static int? WholeNumber(string? text, int min, int max, string field, string message, List<(string Field, string Message)> errors)
    {
        if (int.TryParse(text?.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
        errors.Add((field, message));
        return null;
    }
}
