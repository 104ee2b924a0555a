using System.Globalization;

namespace FrontDoor.Features.Slots;

/// <summary>A slot's start as forms and links carry it: UTC to the minute, so a choice means the same in winter and summer.</summary>
public static class SlotTimes
{
    const string Format = "yyyy-MM-dd'T'HH:mm'Z'";

    public static string Value(DateTime start) => start.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The start a form or link gave, or null for one that is not a time or no diary could hold (before 2000, after 2100).</summary>
    public static DateTime? Parse(string? value) =>
        DateTime.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start)
            && start.Year is >= 2000 and <= 2100 ? start : null;
}
