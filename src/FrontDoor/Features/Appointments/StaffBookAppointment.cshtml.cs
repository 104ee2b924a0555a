using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Appointments;

/// <summary>An agent books an appointment for a caller, asking the resident's questions on their behalf.</summary>
[Authorize(Policy = StaffSetup.CaseWorkers)]
public class StaffBookAppointmentModel(FrontDoorDb db, AppointmentBooking booking) : BookingStepsModel(booking)
{
    public override bool ForStaff => true;
    public string? CallerName { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        if (Customer is long id && (CallerName = await db.Customers.Where(c => c.Id == id && c.MergedIntoId == null).Select(c => c.FullName).SingleOrDefaultAsync()) is null)
        {
            context.Result = NotFound();
            return;
        }
        await next();
    }
}
