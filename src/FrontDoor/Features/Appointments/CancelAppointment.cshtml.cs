using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Appointments;

/// <summary>The resident cancels their appointment, after saying they are sure; the time is free for someone else at once.</summary>
public class CancelAppointmentModel(FrontDoorDb db, AppointmentBooking booking, AppointmentLinks links) : ResidentAppointmentPage(db, booking, links)
{
    public IActionResult OnGet() => Appointment.IsUpcoming ? Page() : Redirect(Links.Manage(Appointment.Reference));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await Booking.CancelAsync(Appointment, HttpContext.Actor(), ct)) TempData.Done("Your appointment is cancelled");
        return Redirect(Links.Manage(Appointment.Reference));
    }
}
