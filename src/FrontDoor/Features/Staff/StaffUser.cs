using System.Security.Claims;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;

namespace FrontDoor.Features.Staff;

/// <summary>The signed-in member of staff, read from their sign-in cookie, and what their role and team let them do.</summary>
public sealed record StaffUser(long Id, string Name, StaffRole Role, long? TeamId)
{
    public const string TeamClaim = "fd:team";

    public static StaffUser? From(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        && Enum.TryParse<StaffRole>(principal.FindFirstValue(ClaimTypes.Role), out var role)
            ? new(id, principal.Identity?.Name ?? "", role, long.TryParse(principal.FindFirstValue(TeamClaim), out var team) ? team : null)
            : null;

    public static ClaimsPrincipal Principal(StaffMember staff, string scheme) => new(new ClaimsIdentity(
    [
        new(ClaimTypes.NameIdentifier, staff.Id.ToString()),
        new(ClaimTypes.Name, staff.DisplayName),
        new(ClaimTypes.Role, staff.Role.ToString()),
        new(StaffSessions.StampClaim, staff.SecurityStamp),
        .. staff.TeamId is null ? Array.Empty<Claim>() : [new Claim(TeamClaim, staff.TeamId.Value.ToString())],
    ], scheme));

    public void ActFor(HttpContext http) => Audit.Actor.Set(http, ActorKind.Staff, Id, Name);

    public bool ReadsPerformance => Role is StaffRole.TeamLeader or StaffRole.Manager or StaffRole.ServiceManager or StaffRole.Administrator;

    public bool IsCaseWorker => Role is StaffRole.Agent or StaffRole.Officer or StaffRole.TeamLeader or StaffRole.Administrator;

    /// <summary>Changing a team's services, forms and wording: administrators for every team, service managers for their own.</summary>
    public bool CanManage(long teamId) => Role == StaffRole.Administrator || (Role == StaffRole.ServiceManager && TeamId == teamId);

    /// <summary>Agents and administrators work across the council; officers and team leaders within their team.</summary>
    public bool CanSeeTeam(long teamId) => Role is StaffRole.Agent or StaffRole.Administrator
        || (Role is StaffRole.Officer or StaffRole.TeamLeader && TeamId == teamId);

    public bool CanView(Case c) => CanSeeTeam(c.TeamId) || (Role == StaffRole.Councillor && c.RaisedByStaffId == Id);

    /// <summary>Moving a case through its workflow belongs to the owning team (and administrators).</summary>
    public bool CanWork(Case c) => Role == StaffRole.Administrator
        || (Role is StaffRole.Officer or StaffRole.TeamLeader && TeamId == c.TeamId);

    /// <summary>Anyone who can see a case may note a contact or add an internal note; councillors only read.</summary>
    public bool CanAnnotate(Case c) => IsCaseWorker && CanSeeTeam(c.TeamId);
}
