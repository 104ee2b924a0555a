using System.Security.Claims;

namespace FrontDoor.Features.ApiClients;

/// <summary>The connected system making a request, read from its principal, and what its scopes let it do.</summary>
public sealed record ApiClientUser(long Id, string Name, string Scopes, int RequestsPerMinute)
{
    public const string Scheme = "api-key";
    const string IdClaim = "fd:api-client";
    const string ScopeClaim = "scope";
    const string RateClaim = "fd:rate";

    public bool Has(string scope) => Scopes.Split(' ').Contains(scope);

    /// <summary>How the client is named on timelines and in the audit trail.</summary>
    public string ActorName => $"{Name} (connected system)";

    public void ActFor(HttpContext http) => Audit.Actor.Set(http, Audit.ActorKind.ApiClient, Id, ActorName);

    public ClaimsPrincipal Principal() => new(new ClaimsIdentity(
    [
        new(IdClaim, Id.ToString()),
        new(ClaimTypes.Name, Name),
        new(RateClaim, RequestsPerMinute.ToString()),
        .. Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => new Claim(ScopeClaim, s)),
    ], Scheme));

    public static ApiClientUser? From(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(IdClaim), out var id)
            ? new(id, principal.Identity?.Name ?? "", string.Join(' ', principal.FindAll(ScopeClaim).Select(c => c.Value)),
                int.TryParse(principal.FindFirstValue(RateClaim), out var rate) ? rate : 0)
            : null;
}
