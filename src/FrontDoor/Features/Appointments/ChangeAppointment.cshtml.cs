using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Slots;
using FrontDoor.Features.Audit;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Features.Appointments;

/// <summary>Moves the resident's appointment: the same kind, the same way and place, another day and time.</summary>
[EnableRateLimiting(AppointmentsSetup.RateLimitPolicy)]
public class ChangeAppointmentModel(FrontDoorDb db, AppointmentBooking booking, AppointmentLinks links) : ResidentAppointmentPage(db, booking, links)
{
    [FromQuery] public string? Day { get; set; }
    [FromQuery] public bool Answered { get; set; }
    [BindProperty] public string? Start { get; set; }

    public List<DateOnly> Days { get; private set; } = [];
    public DateOnly? Chosen { get; private set; }
    public List<OpenSlot> Times { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Appointment.IsUpcoming) return Redirect(Links.Manage(Appointment.Reference));
        await LoadAsync(ct);
        if (Answered && Chosen is null) ModelState.AddModelError("day", Day is null ? "Select a day" : "There are no times left on that day. Select another day");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (moved, error) = await Booking.MoveAsync(Appointment, Start, HttpContext.Actor(), ct);
        if (moved)
        {
            TempData.Done($"Your appointment has moved to {UkDates.Window(Appointment.Start, Appointment.End)}");
            return Redirect(Links.Manage(Appointment.Reference));
        }
        await LoadAsync(ct);
        ModelState.AddModelError("start", Start is null ? "Select a time" : error!);
        return Page();
    }

    async Task LoadAsync(CancellationToken ct)
    {
        var free = await Booking.FreeAheadAsync(Choice, ct);
        Days = [.. free.Select(s => UkDates.DayOf(s.Start)).Distinct()];
        var day = AppointmentSteps.ParseDay(Day) ?? (SlotTimes.Parse(Start) is { } start ? UkDates.DayOf(start) : null);
        Chosen = day is { } d && Days.Contains(d) ? d : null;
        Times = Chosen is { } on ? [.. free.Where(s => UkDates.DayOf(s.Start) == on)] : [];
    }
}
