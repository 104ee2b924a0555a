namespace FrontDoor.Features.Audit;

public enum ActorKind { Staff, Resident, ApiClient, System }

/// <summary>
/// Who did something, as timelines and the audit trail name them, and the address it came from. A request's actor is
/// set once by whatever authenticated it (the staff session, an API key, a resident's account page); a job or a
/// command makes its own with <see cref="System"/>.
/// </summary>
public sealed record Actor(ActorKind Kind, long? Id, string Name, string? Address = null)
{
    public long? StaffId => Kind == ActorKind.Staff ? Id : null;
    public long? ApiClientId => Kind == ActorKind.ApiClient ? Id : null;

    public static Actor System(string name) => new(ActorKind.System, null, name);

    /// <summary>The actor the request was authenticated as; none for an anonymous request.</summary>
    public static Actor? Of(HttpContext http) => http.Features.Get<Actor>();

    public static void Set(HttpContext http, Actor actor) => http.Features.Set(actor);

    public static string? AddressOf(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}

public static class ActorExtensions
{
    /// <summary>The actor of a request that authorisation has already let in as someone.</summary>
    public static Actor Actor(this HttpContext http) =>
        Audit.Actor.Of(http) ?? throw new InvalidOperationException("This request was not authenticated as anyone who can act");
}
