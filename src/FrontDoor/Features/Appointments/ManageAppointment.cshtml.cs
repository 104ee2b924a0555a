using FrontDoor.Data;
using FrontDoor.Shared;

namespace FrontDoor.Features.Appointments;

/// <summary>The resident's appointment: when and where, the calendar file, and the ways to change or cancel it.</summary>
public class ManageAppointmentModel(FrontDoorDb db, AppointmentBooking booking, AppointmentLinks links) : ResidentAppointmentPage(db, booking, links)
{
    public const string BookedKey = "AppointmentBooked";

    public bool JustBooked => TempData[BookedKey] is true;
    public string? Done => TempData.Done();

    public void OnGet() { }
}
