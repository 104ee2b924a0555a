using Microsoft.Extensions.Time.Testing;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Tests.Infrastructure;
using static FrontDoor.Tests.Infrastructure.UkTimes;

namespace FrontDoor.Tests.Calendar;

public class ServiceClockTests
{
    static readonly WorkingDays Days = WorkingDays.EnglandAndWales();
    static Case NewCase(DateTime dueUtc) => new() { Reference = "TEST-CASE", DueAt = dueUtc };

    [Fact]
    public void Resume_AfterPauseOverChristmas_MovesDueDateByTheWorkingDaysLost()
    {
        var clock = new FakeTimeProvider(Uk("2026-12-21 10:00"));
        var serviceClock = new ServiceClock(Days, clock);
        var c = NewCase(Uk("2026-12-24 23:59:59"));
        serviceClock.Pause(c);
        Assert.Equal(ClockState.Paused, serviceClock.StateOf(c));

        clock.SetUtcNow(Uk("2026-12-29 09:00"));
        serviceClock.Resume(c, countsInHours: false);

        // Lost: 22, 23, 24 and 29 December (25th and the substitute 28th are bank holidays).
        // Four working days after 24 December: 29, 30, 31 December, then 4 January (1 January is a holiday).
        Assert.Null(c.PausedAt);
        Assert.Equal(Uk("2027-01-04 23:59:59"), c.DueAt);
    }

    [Fact]
    public void Resume_SameDay_LeavesDueDateAlone()
    {
        var clock = new FakeTimeProvider(Uk("2026-11-23 09:00"));
        var serviceClock = new ServiceClock(Days, clock);
        var c = NewCase(Uk("2026-11-27 23:59:59"));
        serviceClock.Pause(c);
        clock.SetUtcNow(Uk("2026-11-23 16:00"));
        serviceClock.Resume(c, countsInHours: false);
        Assert.Equal(Uk("2026-11-27 23:59:59"), c.DueAt);
    }

    [Fact]
    public void Resume_HoursStandard_AddsTheHoursPaused()
    {
        var clock = new FakeTimeProvider(Uk("2026-11-23 09:00"));
        var serviceClock = new ServiceClock(Days, clock);
        var c = NewCase(Uk("2026-11-23 13:00"));
        serviceClock.Pause(c);
        clock.SetUtcNow(Uk("2026-11-23 12:30"));
        serviceClock.Resume(c, countsInHours: true);
        Assert.Equal(Uk("2026-11-23 16:30"), c.DueAt);
    }

    [Theory]
    [InlineData("2026-11-23 10:00", "2026-11-27 23:59:59", ClockState.OnTrack)]
    [InlineData("2026-11-26 10:00", "2026-11-27 23:59:59", ClockState.DueSoon)] // due by the end of the next working day
    [InlineData("2026-11-27 10:00", "2026-11-27 23:59:59", ClockState.DueSoon)]
    [InlineData("2026-11-28 00:30", "2026-11-27 23:59:59", ClockState.Overdue)]
    [InlineData("2026-12-24 10:00", "2026-12-29 23:59:59", ClockState.DueSoon)] // Christmas: the next working day is the 29th
    public void StateOf_DueSoonMeansWithinAWorkingDay(string now, string due, ClockState expected)
    {
        var serviceClock = new ServiceClock(Days, new FakeTimeProvider(Uk(now)));
        Assert.Equal(expected, serviceClock.StateOf(NewCase(Uk(due))));
    }

    [Fact]
    public void StateOf_PausedOrClosed_IsNeverOverdue()
    {
        var serviceClock = new ServiceClock(Days, new FakeTimeProvider(Uk("2026-12-01 10:00")));
        Assert.Equal(ClockState.Paused, serviceClock.StateOf(new Case { Reference = "X", DueAt = Uk("2026-11-27 23:59:59"), PausedAt = Uk("2026-11-25 10:00") }));
        Assert.Equal(ClockState.Closed, serviceClock.StateOf(new Case { Reference = "X", DueAt = Uk("2026-11-27 23:59:59"), ResolvedAt = Uk("2026-11-30 10:00") }));
    }

    [Fact]
    public void NextStatuses_ClosedCasesOnlyReopen_OpenCasesNeverGoBackToReceived()
    {
        Assert.Equal([CaseStatus.Reopened], CaseWorkflow.NextStatuses(CaseStatus.Fixed));
        Assert.DoesNotContain(CaseStatus.Open, CaseWorkflow.NextStatuses(CaseStatus.InProgress));
        Assert.DoesNotContain(CaseStatus.InProgress, CaseWorkflow.NextStatuses(CaseStatus.InProgress));
        Assert.Contains(CaseStatus.OnHold, CaseWorkflow.NextStatuses(CaseStatus.Reopened));
    }
}
