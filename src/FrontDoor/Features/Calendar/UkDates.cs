using System.Globalization;

namespace FrontDoor.Features.Calendar;

/// <summary>Dates as GOV.UK writes them ("4 June 2026", "4 June 2026 at 3:05pm"), in UK time.</summary>
public static class UkDates
{
    static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);

    public static string Date(DateTime utc) => Local(utc).ToString("d MMMM yyyy", EnGb);

    public static string DateAndTime(DateTime utc)
    {
        var local = Local(utc);
        return $"{local.ToString("d MMMM yyyy", EnGb)} at {local.ToString("h:mm", EnGb)}{(local.Hour < 12 ? "am" : "pm")}";
    }

    /// <summary>A day as GOV.UK writes it with its weekday: "Thursday 10 December 2026".</summary>
    public static string DayAndDate(DateTime utc) => Local(utc).ToString("dddd d MMMM yyyy", EnGb);

    /// <summary>A booked time as GOV.UK writes it: "Tuesday 8 December 2026, 10am to 10:30am".</summary>
    public static string Window(DateTime startUtc, DateTime endUtc) =>
        $"{DayAndDate(startUtc)}, {TimeOf(Local(startUtc))} to {TimeOf(Local(endUtc))}";

    /// <summary>A time of day as GOV.UK writes it: "10am", "2:30pm".</summary>
    public static string Time(DateTime utc) => TimeOf(Local(utc));

    /// <summary>A clock time as GOV.UK writes it: "9:30am".</summary>
    public static string TimeOfDay(TimeOnly time) => TimeOf(DateTime.MinValue.Add(time.ToTimeSpan()));

    static string TimeOf(DateTime local) =>
        $"{local.ToString(local.Minute == 0 ? "%h" : "h:mm", EnGb)}{(local.Hour < 12 ? "am" : "pm")}";

    /// <summary>The day in the UK that an instant falls on: the figures count by the council's days, not UTC's.</summary>
    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>The instant a UK day begins (midnight, GMT or BST), in UTC.</summary>
    public static DateTime StartOf(DateOnly day) =>
        TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), WorkingDays.UkTime);

    /// <summary>A UK clock time on a UK day, in UTC; in the hour the clocks skip in spring, the hour after.</summary>
    public static DateTime At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (WorkingDays.UkTime.IsInvalidTime(local)) local = local.AddHours(1);
        return TimeZoneInfo.ConvertTimeToUtc(local, WorkingDays.UkTime);
    }

    /// <summary>The UK day and clock time of an instant.</summary>
    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), WorkingDays.UkTime);
}
