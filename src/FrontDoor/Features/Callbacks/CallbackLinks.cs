using System.Globalization;
using Microsoft.AspNetCore.DataProtection;

namespace FrontDoor.Features.Callbacks;

/// <summary>Where call backs are asked for and worked; a customer's link to cancel theirs is signed for its id.</summary>
public sealed class CallbackLinks(IDataProtectionProvider protection, Shared.SiteAddress site)
{
    public const string New = "/callback";
    public const string Booked = "/callback/booked";
    public const string Queue = "/staff/callbacks";
    public const string BookForCaller = "/staff/callbacks/new";

    public static string Callback(long id) => $"/staff/callbacks/{id}";

    /// <summary>An agent books a call back for a customer they have found.</summary>
    public static string BookFor(long customerId) => $"{BookForCaller}?customer={customerId}";

    readonly Shared.SignedReferences signed = new(protection, "FrontDoor.Callbacks.v1");

    static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    public bool IsValid(long id, string? token) => signed.ReferenceIn(token) == Key(id);

    public string Cancel(long id) => $"/callback/{id}/cancel?token={signed.Token(Key(id))}";

    /// <summary>The cancel link as the confirmation carries it.</summary>
    public string CancelUrl(long id) => site.Url(Cancel(id));
}
