using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Enquiries;

/// <summary>The member enquiries the signed-in person raised: a councillor sees only their own.</summary>
[Authorize(Policy = StaffSetup.Enquirers)]
public class MyEnquiriesModel(FrontDoorDb db) : PageModel
{
    public record Row(string Reference, string Service, string? OnBehalfOf, CaseStatus Status, DateTime CreatedAt, DateTime DueAt);
    public List<Row> Enquiries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = StaffUser.From(User)!.Id;
        Enquiries = await db.Cases.AsNoTracking()
            .Where(c => c.RaisedByStaffId == me && c.Kind != CaseKind.Request)
            .OrderByDescending(c => c.CreatedAt).Take(200)
            .Select(c => new Row(c.Reference, c.Service.Name, c.OnBehalfOf, c.Status, c.CreatedAt, c.DueAt))
            .ToListAsync(ct);
    }
}
