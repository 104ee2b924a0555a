using System.Globalization;

namespace FrontDoor.Features.Slots;

/// <summary>What the diary pages and the catalogue import both refuse in a diary's set-up.</summary>
public static class DiaryRules
{
    public const int MaxNoticeHours = 720, MaxBookAheadDays = 366, MinSlotMinutes = 5, MaxSlotMinutes = 1440, MaxPlaces = 500;

    public static readonly string NoticeError = $"The notice must be a whole number of hours from 0 to {MaxNoticeHours}";
    public static readonly string BookAheadError = $"How far ahead must be a whole number of days from 1 to {MaxBookAheadDays}";
    public static readonly string SlotMinutesError = $"The length of a slot must be a whole number of minutes from {MinSlotMinutes} to {MaxSlotMinutes}";
    public static readonly string PlacesError = $"The places in each slot must be a whole number from 1 to {MaxPlaces}";

    public enum HoursField { Day, From, To, SlotMinutes, Places }

    /// <summary>A clock time as set-up forms and files give it: "9:00", "09:00" or "13.30".</summary>
    public static TimeOnly? ClockTime(string? text) =>
        TimeOnly.TryParseExact(text?.Trim().Replace('.', ':'), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    /// <summary>A day's opening as a whole, once its parts are read: it closes after it opens, fits a slot, and overlaps no other hours that day.</summary>
    public static (HoursField Field, string Message)? HoursError(DayOfWeek day, TimeOnly from, TimeOnly to, int slotMinutes, IEnumerable<DiaryHours> others)
    {
        if (to <= from) return (HoursField.To, "The closing time must be after the opening time");
        if ((to - from).TotalMinutes < slotMinutes) return (HoursField.SlotMinutes, "One slot at least must fit between the opening and closing times");
        if (others.Any(h => h.Day == day && h.From < to && from < h.To)) return (HoursField.From, "These hours overlap hours the diary already has that day");
        return null;
    }
}
