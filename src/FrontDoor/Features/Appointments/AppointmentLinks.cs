using Microsoft.AspNetCore.DataProtection;

namespace FrontDoor.Features.Appointments;

/// <summary>
/// Where appointments are booked and managed. A resident's link to change or cancel theirs is signed for its reference,
/// so it works without signing in and cannot be made for anyone else's.
/// </summary>
public sealed class AppointmentLinks(IDataProtectionProvider protection, Shared.SiteAddress site)
{
    public const string Start = "/appointments";
    public const string Details = "/appointments/details";
    public const string DayList = "/staff/appointments";
    public const string StaffStart = "/staff/appointments/book";
    public const string StaffDetails = "/staff/appointments/book/details";

    /// <summary>An agent books an appointment for a customer they have found.</summary>
    public static string BookFor(long customerId) => $"{StaffStart}?customer={customerId}";

    readonly Shared.SignedReferences signed = new(protection, "FrontDoor.Appointments.v1");

    public string Token(string reference) => signed.Token(reference);

    public bool IsValid(string reference, string? token) => signed.ReferenceIn(token) == reference;

    public string Manage(string reference) => $"/appointments/{reference}?token={Token(reference)}";
    public string Change(string reference) => $"/appointments/{reference}/change?token={Token(reference)}";
    public string Cancel(string reference) => $"/appointments/{reference}/cancel?token={Token(reference)}";
    public string CalendarFile(string reference) => $"/appointments/{reference}/calendar.ics?token={Token(reference)}";

    /// <summary>The manage link as a message carries it, from a page or from the reminder job alike.</summary>
    public string ManageUrl(string reference) => site.Url(Manage(reference));

    public static string Appointment(long id) => $"/staff/appointments/{id}";
    public static string Day(DateOnly day, long? place = null, long? officer = null)
    {
        var query = new Dictionary<string, string?> { ["day"] = AppointmentSteps.DayName(day) };
        if (place is long p) query["place"] = p.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (officer is long o) query["officer"] = o.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(DayList, query);
    }
}
