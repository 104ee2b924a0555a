using System.Globalization;

namespace FrontDoor.Shared;

/// <summary>A GOV.UK date input's three boxes read as one date, or the error for its field.</summary>
public static class DateFields
{
    public static DateOnly? Parse(string? day, string? month, string? year, string field, string missing, string invalid, List<(string Field, string Message)> errors)
    {
        if (string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year))
        {
            errors.Add((field, missing));
            return null;
        }
        if (int.TryParse(day, NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && y is >= 2000 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return new DateOnly(y, m, d);
        errors.Add((field, invalid));
        return null;
    }
}
