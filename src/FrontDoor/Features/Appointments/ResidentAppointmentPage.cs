using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Appointments;

/// <summary>
/// A page about one appointment for the person who booked it: only with the link we sent them, signed for its reference.
/// Any other reference or token is not found, so nobody learns whether an appointment exists.
/// </summary>
public abstract class ResidentAppointmentPage(FrontDoorDb db, AppointmentBooking booking, AppointmentLinks links) : PageModel
{
    protected FrontDoorDb Db => db;
    protected AppointmentBooking Booking => booking;
    public AppointmentLinks Links => links;
    public Appointment Appointment { get; private set; } = null!;
    public AppointmentChoice Choice { get; private set; } = null!;
    [FromQuery] public string? Token { get; set; }

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var reference = Cases.CaseReference.Normalise(context.RouteData.Values["reference"] as string);
        var found = reference is null || !links.IsValid(reference, Token) ? null
            : await db.Appointments.Include(a => a.Customer).SingleOrDefaultAsync(a => a.Reference == reference, HttpContext.RequestAborted);
        if (found is null)
        {
            context.Result = NotFound();
            return;
        }
        Appointment = found;
        Choice = await booking.ChoiceOfAsync(found, HttpContext.RequestAborted);
        Audit.Actor.Set(HttpContext, Audit.ActorKind.Resident, found.CustomerId, found.Customer.FullName);
        await next();
    }
}
