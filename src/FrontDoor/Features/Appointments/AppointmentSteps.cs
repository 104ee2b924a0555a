using FrontDoor.Features.Calendar;
using FrontDoor.Features.Messages;
using FrontDoor.Features.Slots;
using Microsoft.AspNetCore.WebUtilities;

namespace FrontDoor.Features.Appointments;

/// <summary>
/// The booking's choices so far as a link carries them (type, how, where, day), so each step is a page of its own that
/// works without JavaScript, goes back with the browser and can be bookmarked; nothing personal goes in the address.
/// </summary>
/// <param name="Staff">An agent booking for a caller, on the staff pages.</param>
/// <param name="Customer">The caller the agent found first.</param>
public sealed record AppointmentSteps(string? Type, string? Mode, long? Place, DateOnly? Day, bool Staff = false, long? Customer = null)
{
    public static string ModeName(AppointmentModes mode) => MessageNames.Of(mode);

    public static AppointmentModes? ParseMode(string? name) => MessageNames.Parse<AppointmentModes>(name) is { } mode && mode != AppointmentModes.None ? mode : null;

    public static string DayName(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A day as links carry it, or null for one that is not a date or no diary could reach (before 2000, after 2100).</summary>
    public static DateOnly? ParseDay(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day)
            && day.Year is >= 2000 and <= 2100 ? day : null;

    /// <summary>The link to the booking with these choices made: it shows the first question still to answer.</summary>
    public string Link(string? start = null) => QueryHelpers.AddQueryString(start is null ? StartPath : Staff ? AppointmentLinks.StaffDetails : AppointmentLinks.Details, Query(start));

    /// <summary>Where the questions are asked, the form's address.</summary>
    public string StartPath => Staff ? AppointmentLinks.StaffStart : AppointmentLinks.Start;

    /// <summary>Back to the first question, for the same caller.</summary>
    public AppointmentSteps FirstQuestion => new(null, null, null, null, Staff, Customer);

    public Dictionary<string, string?> Query(string? start = null)
    {
        var query = new Dictionary<string, string?>();
        if (Customer is long customer) query["customer"] = customer.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Type is not null) query["type"] = Type;
        if (Mode is not null) query["mode"] = Mode;
        if (Place is long place) query["place"] = place.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (Day is DateOnly day) query["day"] = DayName(day);
        if (start is not null) query["start"] = start;
        return query;
    }

    /// <summary>A day as the day question lists it: "Tuesday 8 December".</summary>
    public static string DayText(DateOnly day) => day.ToString("dddd d MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));

    public static string TimeText(OpenSlot slot) => $"{UkDates.Time(slot.Start)} to {UkDates.Time(slot.End)}";
}
