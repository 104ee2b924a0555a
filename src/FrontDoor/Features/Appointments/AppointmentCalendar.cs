using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace FrontDoor.Features.Appointments;

/// <summary>An appointment as a calendar file (RFC 5545) that any calendar app adds, with an alarm an hour before.</summary>
public static class AppointmentCalendar
{
    public const string ContentType = "text/calendar";

    public static string Ics(Appointment appointment, AppointmentChoice choice, string council, string manageUrl, DateTime now)
    {
        var calendar = new Ical.Net.Calendar { ProductId = "-//FrontDoor//Appointments//EN" };
        calendar.AddProperty("METHOD", "PUBLISH");
        var meeting = new CalendarEvent
        {
            // The same for every copy, so a calendar replaces the old time when the file is downloaded again after a change.
            Uid = $"appointment-{appointment.Reference}@frontdoor",
            Summary = $"{council}: {choice.Type.Name}",
            Description = $"Reference {appointment.Reference}. {AppointmentText.Mode(choice.Mode)}.\n\nChange or cancel: {manageUrl}",
            Start = new CalDateTime(DateTime.SpecifyKind(appointment.Start, DateTimeKind.Utc)),
            End = new CalDateTime(DateTime.SpecifyKind(appointment.End, DateTimeKind.Utc)),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(now, DateTimeKind.Utc)),
            Sequence = appointment.Version,
            Location = choice.Place is { } place ? $"{place.Name}, {place.Address.ReplaceLineEndings(", ")}" : AppointmentText.Mode(choice.Mode),
            Status = appointment.State == AppointmentState.Cancelled ? "CANCELLED" : "CONFIRMED",
        };
        meeting.Alarms.Add(new Alarm { Action = AlarmAction.Display, Description = meeting.Summary, Trigger = new Trigger(Duration.FromHours(-1)) });
        calendar.Events.Add(meeting);
        return new CalendarSerializer().SerializeToString(calendar)!;
    }
}
