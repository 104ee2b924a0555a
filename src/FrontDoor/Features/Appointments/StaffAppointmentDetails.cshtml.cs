using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Appointments;

/// <summary>The caller's details for the agent to confirm or take, then the booking, on the caller's behalf.</summary>
[Authorize(Policy = StaffSetup.CaseWorkers)]
public class StaffAppointmentDetailsModel(AppointmentBooking booking, AuditLog audit) : BookingDetailsModel(booking)
{
    public override bool ForStaff => true;

    protected override Task ReadCallerAsync(Customers.Customer caller, CancellationToken ct) =>
        audit.RecordReadAsync(HttpContext.Actor(), "Viewed a customer's contact details to book an appointment", null, caller.Id, ct);

    protected override IActionResult Booked(Appointment appointment)
    {
        TempData.Done($"Appointment booked. Read the reference {appointment.Reference} to the caller: they will also get a confirmation");
        return Redirect(AppointmentLinks.Appointment(appointment.Id));
    }
}
