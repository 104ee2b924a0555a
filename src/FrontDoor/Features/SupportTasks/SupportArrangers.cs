using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.SupportTasks;

/// <summary>
/// Who arranges support: the support team's own officers and leaders, and agents and administrators. Other teams see
/// their appointments' support on the appointment. One rule for the list, its buttons and the link to it.
/// </summary>
public sealed class SupportArrangers(FrontDoorDb db, IOptions<SupportOptions> options)
{
    long? teamId;
    bool looked;

    public async Task<bool> MayArrangeAsync(StaffUser? staff, CancellationToken ct)
    {
        if (staff?.Role is StaffRole.Agent or StaffRole.Administrator) return true;
        if (staff?.Role is not (StaffRole.Officer or StaffRole.TeamLeader)) return false;
        if (!looked) (teamId, looked) = (await db.Teams.Where(t => t.Name == options.Value.TeamName).Select(t => (long?)t.Id).SingleOrDefaultAsync(ct), true);
        return teamId is long id && staff.CanSeeTeam(id);
    }
}
