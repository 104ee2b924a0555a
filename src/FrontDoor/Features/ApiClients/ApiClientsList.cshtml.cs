using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.ApiClients;

[Authorize(Policy = StaffSetup.Administrators)]
public class ApiClientsListModel(FrontDoorDb db) : PageModel
{
    public List<ApiClient> Clients { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Clients = await db.ApiClients.AsNoTracking().OrderBy(c => c.RevokedAt != null).ThenBy(c => c.Name).ToListAsync(ct);
}
