using FrontDoor.Data;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue.Admin;

/// <summary>The services a person may set up: every one for administrators, their own team's for service managers.</summary>
[Authorize(Policy = StaffSetup.ServiceManagers)]
public class ServicesListModel(FrontDoorDb db) : PageModel
{
    public List<Service> Services { get; private set; } = [];
    public string? DoneMessage => TempData.Done();

    public async Task OnGetAsync(CancellationToken ct)
    {
        var staff = StaffUser.From(User)!;
        var services = db.Services.AsNoTracking().Include(s => s.Team).AsQueryable();
        if (staff.Role != StaffRole.Administrator) services = services.Where(s => s.TeamId == staff.TeamId);
        Services = await services.OrderBy(s => s.Name).ToListAsync(ct);
    }

    public static string StatusTag(ServiceStatus status) => status switch
    {
        ServiceStatus.Draft => "govuk-tag--grey",
        ServiceStatus.Live => "govuk-tag--green",
        ServiceStatus.Retired => "govuk-tag--red",
    };
}
