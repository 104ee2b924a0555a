using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Appointments;

/// <summary>The appointment as a calendar file, from the same signed link.</summary>
public class AppointmentCalendarFileModel(FrontDoorDb db, AppointmentBooking booking, AppointmentLinks links,
    IOptions<Shared.Council.CouncilOptions> council, TimeProvider clock) : ResidentAppointmentPage(db, booking, links)
{
    public IActionResult OnGet()
    {
        var ics = AppointmentCalendar.Ics(Appointment, Choice, council.Value.Name, Links.ManageUrl(Appointment.Reference), clock.GetUtcNow().UtcDateTime);
        return File(System.Text.Encoding.UTF8.GetBytes(ics), AppointmentCalendar.ContentType, $"appointment-{Appointment.Reference}.ics");
    }
}
