using FrontDoor.Features.Calendar;

namespace FrontDoor.Tests.Calendar;

public class WorkingDaysTests
{
    static readonly WorkingDays Days = WorkingDays.EnglandAndWales();

    [Theory]
    [InlineData("2026-11-23", 1, "2026-11-24")] // Monday to Tuesday
    [InlineData("2026-11-20", 1, "2026-11-23")] // Friday to Monday over the weekend
    [InlineData("2026-11-21", 1, "2026-11-23")] // Saturday counts from Monday
    [InlineData("2026-11-20", 5, "2026-11-27")]
    [InlineData("2026-04-02", 1, "2026-04-07")] // Thursday before Good Friday and Easter Monday
    [InlineData("2026-12-24", 1, "2026-12-29")] // Christmas Day, weekend and substitute Boxing Day
    [InlineData("2026-12-31", 1, "2027-01-04")] // over the year end: New Year's Day then a weekend
    [InlineData("2027-12-24", 2, "2027-12-30")] // both Christmas holidays fall on a weekend and move
    [InlineData("2027-12-31", 1, "2028-01-04")] // New Year's Day on a Saturday is substituted on Monday 3rd
    [InlineData("2026-11-23", 0, "2026-11-23")]
    public void AddWorkingDays_SkipsWeekendsAndBankHolidays(string start, int days, string expected) =>
        Assert.Equal(DateOnly.Parse(expected), Days.AddWorkingDays(DateOnly.Parse(start), days));

    [Theory]
    [InlineData("2026-12-25", false)]
    [InlineData("2026-12-28", false)]
    [InlineData("2026-08-31", false)]
    [InlineData("2026-11-22", false)]
    [InlineData("2026-11-23", true)]
    public void IsWorkingDay_KnowsBankHolidaysAndWeekends(string day, bool expected) =>
        Assert.Equal(expected, Days.IsWorkingDay(DateOnly.Parse(day)));

    [Fact]
    public void DueBy_WorkingDays_EndsAtMidnightUkTimeOnTheDueDay()
    {
        // 3pm on Friday 20 November 2026 (GMT), 2 working days: end of Tuesday 24th.
        var due = Days.DueBy(new DateTime(2026, 11, 20, 15, 0, 0, DateTimeKind.Utc), 2, null);
        Assert.Equal(new DateTime(2026, 11, 24, 23, 59, 59, DateTimeKind.Utc), due);
    }

    [Fact]
    public void DueBy_InBritishSummerTime_ConvertsFromUkTime()
    {
        // 11:30pm UTC on 30 June is already 1 July in the UK.
        var due = Days.DueBy(new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc), 1, null);
        Assert.Equal(new DateTime(2026, 7, 2, 22, 59, 59, DateTimeKind.Utc), due);
    }

    [Fact]
    public void DueBy_UrgentService_CountsHoursAroundTheClock()
    {
        var received = new DateTime(2026, 12, 24, 20, 0, 0, DateTimeKind.Utc);
        Assert.Equal(received.AddHours(24), Days.DueBy(received, 1, 24));
    }
}
