using FrontDoor.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Staff.Accounts;

[Authorize(Policy = StaffSetup.Administrators)]
public class StaffAccountsModel(FrontDoorDb db, TimeProvider clock) : PageModel
{
    public List<StaffMember> Staff { get; private set; } = [];
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task OnGetAsync(CancellationToken ct) =>
        Staff = await db.StaffMembers.AsNoTracking().Include(s => s.Team).OrderBy(s => s.Team!.Name).ThenBy(s => s.DisplayName).ToListAsync(ct);

    public string StatusOf(StaffMember s) =>
        !s.IsActive ? "Deactivated"
        : s.LockedOutUntil > Now ? "Locked after failed sign-ins"
        : s.TotpSecretProtected is null ? "Authenticator not set up"
        : "Active";
}
