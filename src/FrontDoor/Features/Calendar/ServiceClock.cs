using FrontDoor.Features.Cases;

namespace FrontDoor.Features.Calendar;

public enum ClockState { OnTrack, DueSoon, Overdue, Paused, Closed }

/// <summary>
/// The service-standard clock of a case: when it is due, whether that is soon or past, and how a pause
/// while waiting for the customer pushes the due date back by the working days (or hours) it lasted.
/// </summary>
public sealed class ServiceClock(WorkingDays workingDays, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Cases due before this are "due soon": within the next working day.</summary>
    public DateTime DueSoonLimit() => workingDays.DueBy(Now, 1, null);

    public ClockState StateOf(Case c) => StateOf(c.ResolvedAt, c.PausedAt, c.DueAt);

    public ClockState StateOf(DateTime? resolvedAt, DateTime? pausedAt, DateTime dueAt)
    {
        if (resolvedAt is not null) return ClockState.Closed;
        if (pausedAt is not null) return ClockState.Paused;
        if (dueAt < Now) return ClockState.Overdue;
        return dueAt <= DueSoonLimit() ? ClockState.DueSoon : ClockState.OnTrack;
    }

    public void Pause(Case c) => c.PausedAt ??= Now;

    public void Resume(Case c, bool countsInHours)
    {
        if (c.PausedAt is not DateTime pausedAt) return;
        c.PausedAt = null;
        if (countsInHours)
        {
            c.DueAt += Now - pausedAt;
            return;
        }
        var lost = workingDays.WorkingDaysBetween(UkDate(pausedAt), UkDate(Now));
        if (lost == 0) return;
        var due = TimeZoneInfo.ConvertTimeFromUtc(c.DueAt, WorkingDays.UkTime);
        var newDay = workingDays.AddWorkingDays(DateOnly.FromDateTime(due), lost);
        c.DueAt = TimeZoneInfo.ConvertTimeToUtc(newDay.ToDateTime(TimeOnly.FromDateTime(due), DateTimeKind.Unspecified), WorkingDays.UkTime);
    }

    static DateOnly UkDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, WorkingDays.UkTime));

    public static string Text(ClockState state) => state switch
    {
        ClockState.DueSoon => "Due soon",
        ClockState.Overdue => "Overdue",
        ClockState.Paused => "Clock paused",
        ClockState.Closed => "Closed",
        _ => "On track",
    };

    public static string TagClass(ClockState state) => state switch
    {
        ClockState.DueSoon => "govuk-tag--orange",
        ClockState.Overdue => "govuk-tag--red",
        ClockState.Paused => "govuk-tag--grey",
        ClockState.Closed => "govuk-tag--grey",
        _ => "govuk-tag--green",
    };
}
