using FrontDoor.Data;
using FrontDoor.Features.Staff;
using FrontDoor.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue.Admin;

/// <summary>Which teams a person may give services to: every team for administrators, their own for service managers.</summary>
public static class ServiceManagement
{
    public static async Task<List<Team>> TeamsFor(StaffUser staff, FrontDoorDb db, CancellationToken ct) =>
        (await db.Teams.OrderBy(t => t.Name).ToListAsync(ct)).Where(t => staff.CanManage(t.Id)).ToList();

    public const string Stale = "Someone else changed this service while you were editing it. Check what it says now, then make your change again";
}
