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

    /// <summary>Makes the request act as this person or system, from the address it came from.</summary>
    public static void Set(HttpContext http, ActorKind kind, long id, string name) =>
        http.Features.Set(new Actor(kind, id, name, http.Connection.RemoteIpAddress?.ToString()));
}

public static class ActorExtensions
{
    /// <summary>The actor of a request that authorisation has already let in as someone.</summary>
    public static Actor Actor(this HttpContext http) =>
        http.Features.Get<Actor>() ?? throw new InvalidOperationException("This request was not authenticated as anyone who can act");
}
