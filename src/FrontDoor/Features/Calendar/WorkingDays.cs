using System.Reflection;
using System.Text.Json;

namespace FrontDoor.Features.Calendar;

/// <summary>
/// Working days in England and Wales: Monday to Friday, less bank holidays. The holidays are data
/// (bank-holidays.json, in the layout GOV.UK publishes) so a new year needs no code change.
/// </summary>
public sealed class WorkingDays
{
    public static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    readonly HashSet<DateOnly> bankHolidays;

    public WorkingDays(IEnumerable<DateOnly> bankHolidays) => this.bankHolidays = [.. bankHolidays];

    public static WorkingDays EnglandAndWales()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FrontDoor.Features.Calendar.bank-holidays.json")
            ?? throw new InvalidOperationException("bank-holidays.json is not embedded");
        var data = JsonSerializer.Deserialize<Dictionary<string, Division>>(stream, JsonSerializerOptions.Web)!;
        return new(data["england-and-wales"].Events.Select(e => e.Date));
    }

    record Division(List<Event> Events);
    record Event(string Title, DateOnly Date);

    public bool IsBankHoliday(DateOnly day) => bankHolidays.Contains(day);

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !bankHolidays.Contains(day);

    /// <summary>The day <paramref name="days"/> working days after <paramref name="start"/> (start itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = start;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) days--;
        }
        return day;
    }

    /// <summary>How many working days fall after <paramref name="from"/>, up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>
    /// When a request received at <paramref name="receivedUtc"/> is due: the end of the working day
    /// <paramref name="workingDays"/> working days later (UK time), or a plain number of hours for urgent services.
    /// </summary>
    public DateTime DueBy(DateTime receivedUtc, int workingDays, int? hours)
    {
        if (hours is int h) return receivedUtc.AddHours(h);
        var local = TimeZoneInfo.ConvertTimeFromUtc(receivedUtc, UkTime);
        var dueDay = AddWorkingDays(DateOnly.FromDateTime(local), workingDays);
        var endOfDay = dueDay.ToDateTime(new TimeOnly(23, 59, 59), DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(endOfDay, UkTime);
    }

    public static DateOnly UkToday(TimeProvider clock) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, UkTime));
}
