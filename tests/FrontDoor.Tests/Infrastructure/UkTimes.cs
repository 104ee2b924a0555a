using FrontDoor.Features.Calendar;

namespace FrontDoor.Tests.Infrastructure;

public static class UkTimes
{
    /// <summary>A UK wall-clock time ("2026-12-07 10:00", GMT or BST as the date has it) as the UTC instant the app stores.</summary>
    public static DateTime Uk(string local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.Parse(local), WorkingDays.UkTime);
}
