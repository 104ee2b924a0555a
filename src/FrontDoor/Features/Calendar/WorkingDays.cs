using System.Reflection;

namespace FrontDoor.Features.Calendar;

/// <summary>
/// Working days: Monday to Friday, less the bank holidays of the council's division. The holidays are data (GOV.UK's
/// published file, loaded into the database and imported again when GOV.UK adds a year) so a new year needs no code change.
/// </summary>
public sealed class WorkingDays
{
    public static readonly TimeZoneInfo UkTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    readonly HashSet<DateOnly> bankHolidays;

    public WorkingDays(IEnumerable<DateOnly> bankHolidays) => this.bankHolidays = [.. bankHolidays];

    /// <summary>England and Wales from the copy FrontDoor ships: for tests of the arithmetic, which need no database.</summary>
    public static WorkingDays EnglandAndWales()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FrontDoor.Features.Calendar.bank-holidays.json")
            ?? throw new InvalidOperationException("bank-holidays.json is not embedded");
        return new(BankHolidayFile.Read(stream).Holidays!["england-and-wales"].Select(h => h.Date));
    }

    /// <summary>The council's division's holidays as the database holds them now.</summary>
    public static WorkingDays Load(Data.FrontDoorDb db)
    {
        var division = db.CouncilSettings.Select(s => s.Division).SingleOrDefault() ?? "england-and-wales";
        return new(db.BankHolidays.Where(h => h.Division == division).Select(h => h.Date).ToList());
    }

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

    /// <summary>The working day <paramref name="days"/> working days before <paramref name="day"/>.</summary>
    public DateOnly WorkingDaysBefore(DateOnly day, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        while (days > 0)
        {
            day = day.AddDays(-1);
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
