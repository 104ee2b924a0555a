using System.Globalization;

namespace FrontDoor.Features.Performance;

public enum PeriodKind { Month, Quarter, Year, Custom }

/// <summary>
/// A span of whole UK days, <see cref="From"/> up to but not including <see cref="To"/>. Quarters and years are the
/// council's financial ones, April to March, as its reports are.
/// </summary>
public sealed record Period(PeriodKind Kind, DateOnly From, DateOnly To)
{
    static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static Period Month(DateOnly any) => new(PeriodKind.Month, new(any.Year, any.Month, 1), new DateOnly(any.Year, any.Month, 1).AddMonths(1));

    public static Period Quarter(DateOnly any)
    {
        // Financial quarters start in April, July, October and January.
        var start = new DateOnly(any.Year, any.Month, 1).AddMonths(-((any.Month - 4 + 12) % 3));
        return new(PeriodKind.Quarter, start, start.AddMonths(3));
    }

    public static Period Year(DateOnly any)
    {
        var start = new DateOnly(any.Month >= 4 ? any.Year : any.Year - 1, 4, 1);
        return new(PeriodKind.Year, start, start.AddYears(1));
    }

    public int Days => To.DayNumber - From.DayNumber;

    /// <summary>The period before this one, of the same kind and length, to compare with.</summary>
    public Period Previous => Kind switch
    {
        PeriodKind.Month => Month(From.AddMonths(-1)),
        PeriodKind.Quarter => Quarter(From.AddMonths(-3)),
        PeriodKind.Year => Year(From.AddYears(-1)),
        _ => this with { From = From.AddDays(-Days), To = From },
    };

    /// <summary>How the period is written: "November 2026", "April to June 2026", "April 2026 to March 2027", "3 to 16 November 2026".</summary>
    public string Text => Kind switch
    {
        PeriodKind.Month => From.ToString("MMMM yyyy", EnGb),
        PeriodKind.Quarter => $"{From.ToString("MMMM", EnGb)} to {To.AddDays(-1).ToString("MMMM yyyy", EnGb)}",
        PeriodKind.Year => $"April {From.Year} to March {From.Year + 1}",
        _ => Days == 1 ? Calendar.UkDates.Date(From) : $"{Calendar.UkDates.Date(From)} to {Calendar.UkDates.Date(To.AddDays(-1))}",
    };

    /// <summary>The period as the dashboard's address carries it: "month-2026-11", "quarter-2026-10", "year-2026".</summary>
    public string Code => Kind switch
    {
        PeriodKind.Month => $"month-{From:yyyy-MM}",
        PeriodKind.Quarter => $"quarter-{From:yyyy-MM}",
        PeriodKind.Year => $"year-{From:yyyy}",
        _ => "custom",
    };

    public static Period? FromCode(string? code)
    {
        var parts = code?.Split('-');
        return parts switch
        {
            ["month", var y, var m] when Start(y, m) is { } d => Month(d),
            ["quarter", var y, var m] when Start(y, m) is { } d && Quarter(d).From == d => Quarter(d),
            ["year", var y] when Start(y, "04") is { } d => Year(d),
            _ => null,
        };

        static DateOnly? Start(string year, string month) =>
            year.Length == 4 && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100
            && month.Length == 2 && int.TryParse(month, NumberStyles.None, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
                ? new DateOnly(y, m, 1) : null;
    }

    /// <summary>
    /// Which stored rows cover the period: whole months from the monthly rows, and the days either side of them from
    /// the daily rows, so a year reads twelve rows a combination and a fortnight fourteen.
    /// </summary>
    public (DateOnly MonthsFrom, DateOnly MonthsTo, DateOnly DaysBeforeTo, DateOnly DaysAfterFrom) Cover()
    {
        var monthsFrom = From.Day == 1 ? From : new DateOnly(From.Year, From.Month, 1).AddMonths(1);
        var monthsTo = new DateOnly(To.Year, To.Month, 1);
        if (monthsFrom >= monthsTo) return (From, From, To, To);
        return (monthsFrom, monthsTo, monthsFrom, monthsTo);
    }
}
