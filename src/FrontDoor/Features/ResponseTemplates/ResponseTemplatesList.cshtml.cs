using FrontDoor.Data;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.ResponseTemplates;

/// <summary>The council's ready-written updates: administrators see them all, service managers their own teams' and everyone's.</summary>
[Authorize(Policy = StaffSetup.ServiceManagers)]
public class ResponseTemplatesListModel(FrontDoorDb db) : PageModel
{
    public List<ResponseTemplate> Templates { get; private set; } = [];
    public string? DoneMessage => TempData.Done();
    public StaffUser Staff => StaffUser.From(User)!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var all = await db.ResponseTemplates.AsNoTracking().Include(t => t.Team).OrderBy(t => t.Title).ToListAsync(ct);
        Templates = [.. all.Where(t => t.TeamId is not long team || Staff.CanManage(team))];
    }

    /// <summary>Administrators change any template; a service manager their own teams' (everyone's belong to administrators).</summary>
    public static bool CanChange(StaffUser staff, ResponseTemplate t) => t.TeamId is long team ? staff.CanManage(team) : staff.Role == StaffRole.Administrator;
}
