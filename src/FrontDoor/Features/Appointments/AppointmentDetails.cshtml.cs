using FrontDoor.Features.Cases;
using FrontDoor.Features.Slots;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Features.Appointments;

/// <summary>The booker's details and needs for the chosen time, their answers to check, then the booking: the resident's pages and the agent's.</summary>
public abstract class BookingDetailsModel(AppointmentBooking booking) : PageModel
{
    public abstract bool ForStaff { get; }
    /// <summary>The caller the agent found first: their name is not asked, their number and needs are filled in.</summary>
    public Customers.Customer? Caller { get; private set; }
    [FromQuery] public long? Customer { get; set; }
    [FromQuery] public string? Type { get; set; }
    [FromQuery] public string? Mode { get; set; }
    [FromQuery] public long? Place { get; set; }
    [FromQuery] public string? Start { get; set; }

    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? About { get; set; }
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public List<string> Needs { get; set; } = [];
    [BindProperty] public string? InterpreterLanguage { get; set; }

    public AppointmentChoice Choice { get; private set; } = null!;
    public OpenSlot Slot { get; private set; } = null!;
    /// <summary>True once the details are valid: the page shows them to check.</summary>
    public bool Checking { get; private set; }
    public AppointmentSteps Steps { get; private set; } = null!;
    /// <summary>Which button sent the form: "check" the details, "confirm" the booking, or "edit" the details again.</summary>
    [BindProperty] public string? Next { get; set; }

    /// <summary>The choices in the link, while the time is still free; otherwise back to choose again.</summary>
    async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var type = await booking.TypeAsync(Type, ct);
        var mode = AppointmentSteps.ParseMode(Mode) ?? (type is not null && AppointmentText.Each(type.Modes).Count() == 1 ? type.Modes : null);
        var at = SlotTimes.Parse(Start);
        if (Customer is long id && (Caller = await booking.CallerAsync(id, ct)) is null) return NotFound();
        var first = new AppointmentSteps(null, null, null, null, ForStaff, Customer);
        if (type is null || mode is null || !type.Modes.HasFlag(mode.Value) || at is null) return Redirect(first.Link());
        var place = mode == AppointmentModes.InPerson ? await booking.PlaceAsync(Place, ct) : null;
        if (mode == AppointmentModes.InPerson && place is null) return Redirect((first with { Type = type.Slug, Mode = AppointmentSteps.ModeName(mode.Value) }).Link());
        Choice = new(type, mode.Value, place);
        var day = Calendar.UkDates.DayOf(at.Value);
        Steps = new(type.Slug, AppointmentSteps.ModeName(mode.Value), place?.Id, day, ForStaff, Customer);
        var free = await booking.FreeAsync(Choice, day, day, ct);
        Slot = free.FirstOrDefault(s => s.Start == at) ?? new(at.Value, at.Value.AddMinutes(type.DurationMinutes), 0);
        return null;
    }

    /// <summary>Someone took the time while the resident was on the way here: they choose again.</summary>
    bool Gone => Slot.Free == 0;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } elsewhere) return elsewhere;
        if (Gone) return Redirect(Steps.Link());
        if (Caller is { } caller)
        {
            // What the caller told us before, to confirm with them rather than ask again.
            (Email, Phone) = (caller.Email, caller.Phone);
            (Needs, InterpreterLanguage) = (Customers.AssistanceNeeds.Codes(caller.AssistanceNeeds), caller.InterpreterLanguage);
            await ReadCallerAsync(caller, ct);
        }
        return Page();
    }

    /// <summary>The staff page records that the agent read the caller's details.</summary>
    protected virtual Task ReadCallerAsync(Customers.Customer caller, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Where to go once booked: the resident's own page, or the appointment for the agent.</summary>
    protected abstract IActionResult Booked(Appointment appointment);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } elsewhere) return elsewhere;
        if (Next == "edit") return Page();
        if (Gone)
        {
            ModelState.AddModelError("start", SlotRefusals.Message(SlotRefusal.Full));
            return Page();
        }
        if (Next != "confirm")
        {
            foreach (var (field, message) in AppointmentBooking.Check(Input(), Choice.Mode)) ModelState.AddModelError(field, message);
            Checking = ModelState.IsValid;
            return Page();
        }
        var result = await booking.BookAsync(Choice, Start, Input(), ct);
        foreach (var (field, message) in result.Errors) ModelState.AddModelError(field, message);
        return result.Appointment is { } booked ? Booked(booked) : Page();
    }

    AppointmentInput Input() => new(FullName, Email, Phone, About, Reference, Needs, InterpreterLanguage,
        ForStaff ? Channel.Phone : Channel.Web, ForStaff ? Audit.ActorExtensions.Actor(HttpContext) : null, Caller?.Id);
}

/// <summary>
/// The resident's details and needs for the time they chose, then their answers to check, then the booking. The choices
/// come in the link; the details only ever in a form's body.
/// </summary>
[EnableRateLimiting(AppointmentsSetup.RateLimitPolicy)]
public class AppointmentDetailsModel(AppointmentBooking booking, AppointmentLinks links) : BookingDetailsModel(booking)
{
    public override bool ForStaff => false;

    protected override IActionResult Booked(Appointment appointment)
    {
        TempData[ManageAppointmentModel.BookedKey] = true;
        return Redirect(links.Manage(appointment.Reference));
    }
}
