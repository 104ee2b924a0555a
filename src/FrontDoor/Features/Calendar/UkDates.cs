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

    static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), WorkingDays.UkTime);
}
