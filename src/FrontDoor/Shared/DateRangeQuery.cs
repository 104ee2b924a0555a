using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Shared;

/// <summary>
/// A range of dates in an address, as two GOV.UK date inputs named "from" and "to" send it. Kept as text and read by
/// <see cref="Read"/>, so a mistyped or hostile address gets a message by its field rather than a binding error.
/// </summary>
public class DateRangeQuery
{
    [FromQuery(Name = "from-day")] public string? FromDay { get; set; }
    [FromQuery(Name = "from-month")] public string? FromMonth { get; set; }
    [FromQuery(Name = "from-year")] public string? FromYear { get; set; }
    [FromQuery(Name = "to-day")] public string? ToDay { get; set; }
    [FromQuery(Name = "to-month")] public string? ToMonth { get; set; }
    [FromQuery(Name = "to-year")] public string? ToYear { get; set; }

    /// <param name="required">Whether both ends must be given; otherwise an end left empty is open.</param>
    /// <param name="ends">How the ends are named in messages: ("start", "end") gives "Enter the start date of the range".</param>
    /// <returns>The first and last days, or null for an end that is missing or wrong (its error added).</returns>
    public (DateOnly? From, DateOnly? To) Read(List<(string Field, string Message)> errors, bool required, (string From, string To) ends)
    {
        DateOnly? End(string? day, string? month, string? year, string field, string which) =>
            !required && string.IsNullOrWhiteSpace(day) && string.IsNullOrWhiteSpace(month) && string.IsNullOrWhiteSpace(year) ? null
            : DateFields.Parse(day, month, year, field, $"Enter the {which} date of the range", $"The {which} date must be a real date, like 1 4 2026", errors);
        return (End(FromDay, FromMonth, FromYear, "from", ends.From), End(ToDay, ToMonth, ToYear, "to", ends.To));
    }
}
