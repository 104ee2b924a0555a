using FrontDoor.Features.Calendar;
using FrontDoor.Features.Slots;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Appointments;

public enum BookingStep { Type, Mode, Place, Day, Time, NoTimes }

/// <summary>
/// The booking's questions before the resident's details, one to a page: what it is about, how, where, which day, what
/// time. Each answer comes back in the link; the page asks the first that is missing or no longer possible.
/// </summary>
public abstract class BookingStepsModel(AppointmentBooking booking) : PageModel
{
    /// <summary>An agent booking for a caller: the staff pages, the same questions.</summary>
    public abstract bool ForStaff { get; }
    [FromQuery] public long? Customer { get; set; }
    [FromQuery] public string? Type { get; set; }
    [FromQuery] public string? Mode { get; set; }
    [FromQuery] public long? Place { get; set; }
    [FromQuery] public string? Day { get; set; }
    [FromQuery] public string? Start { get; set; }
    /// <summary>The question the form answered, so an empty answer is told so rather than asked again silently.</summary>
    [FromQuery] public BookingStep? Answered { get; set; }

    public BookingStep Step { get; private set; }
    public List<AppointmentType> Types { get; private set; } = [];
    public AppointmentType? Chosen { get; private set; }
    public List<Location> Places { get; private set; } = [];
    public List<DateOnly> Days { get; private set; } = [];
    public List<OpenSlot> Times { get; private set; } = [];
    public AppointmentSteps Steps { get; private set; } = null!;
    public string? Back { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Steps = new(null, null, null, null, ForStaff, Customer);
        Types = await booking.TypesAsync(ct);
        Chosen = await booking.TypeAsync(Type, ct);
        if (Chosen is null) return Ask(BookingStep.Type, "Select what you need an appointment for");
        Steps = new(Chosen.Slug, null, null, null, ForStaff, Customer);
        Back = Steps.FirstQuestion.Link();

        var modes = AppointmentText.Each(Chosen.Modes).ToList();
        var mode = modes.Count == 1 ? modes[0] : AppointmentSteps.ParseMode(Mode) is { } asked && modes.Contains(asked) ? asked : (AppointmentModes?)null;
        if (mode is null) return Ask(BookingStep.Mode, "Select how you would like to have the appointment");
        if (modes.Count > 1) (Back, Steps) = (Steps.Link(), Steps with { Mode = AppointmentSteps.ModeName(mode.Value) });

        Location? place = null;
        if (mode == AppointmentModes.InPerson)
        {
            Places = await booking.PlacesAsync(Chosen, ct);
            place = Places.Count == 1 ? Places[0] : Places.FirstOrDefault(p => p.Id == Place);
            if (place is null) return Ask(BookingStep.Place, "Select where you would like to come");
            // The place goes in the link even when there is only one, to be found again when the officers' places change.
            (Back, Steps) = (Places.Count > 1 ? Steps.Link() : Back, Steps with { Place = place.Id });
        }

        var free = await booking.FreeAheadAsync(new(Chosen, mode.Value, place), ct);
        if (free.Count == 0) return Ask(BookingStep.NoTimes, null);
        Days = [.. free.Select(s => UkDates.DayOf(s.Start)).Distinct()];
        var day = AppointmentSteps.ParseDay(Day);
        if (day is null || !Days.Contains(day.Value))
            return Ask(BookingStep.Day, day is null ? "Select a day" : "There are no times left on that day. Select another day");
        (Back, Steps) = (Steps.Link(), Steps with { Day = day });

        Times = [.. free.Where(s => UkDates.DayOf(s.Start) == day)];
        if (Times.Any(t => SlotTimes.Value(t.Start) == Start)) return Redirect(Steps.Link(Start));
        return Ask(BookingStep.Time, Start is null ? "Select a time" : SlotRefusals.Message(SlotRefusal.Full));
    }

    /// <summary>Shows this question, with its error only when the resident has just answered it.</summary>
    IActionResult Ask(BookingStep step, string? error)
    {
        Step = step;
        if (Answered == step && error is not null) ModelState.AddModelError(FieldFor(step), error);
        return Page();
    }

    public static string Heading(BookingStep step) => step switch
    {
        BookingStep.Type => "Book an appointment",
        BookingStep.Mode => "How would you like to have the appointment?",
        BookingStep.Place => "Where would you like to come?",
        BookingStep.Day => "Which day would you like?",
        BookingStep.Time => "What time would you like?",
        _ => "There are no appointments free",
    };

    public static string FieldFor(BookingStep step) => step switch
    {
        BookingStep.Type => "type",
        BookingStep.Mode => "mode",
        BookingStep.Place => "place",
        BookingStep.Day => "day",
        _ => "start",
    };
}

/// <summary>The resident's booking questions.</summary>
public class BookAppointmentModel(AppointmentBooking booking) : BookingStepsModel(booking)
{
    public override bool ForStaff => false;
}
