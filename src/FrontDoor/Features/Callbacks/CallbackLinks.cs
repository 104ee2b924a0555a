namespace FrontDoor.Features.Callbacks;

public static class CallbackLinks
{
    public const string New = "/callback";
    public const string Booked = "/callback/booked";
    public const string Queue = "/staff/callbacks";
    public const string BookForCaller = "/staff/callbacks/new";

    public static string Callback(long id) => $"/staff/callbacks/{id}";

    /// <summary>An agent books a call back for a customer they have found.</summary>
    public static string BookFor(long customerId) => $"{BookForCaller}?customer={customerId}";
}
