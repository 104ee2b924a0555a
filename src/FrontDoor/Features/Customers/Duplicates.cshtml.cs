using FrontDoor.Shared;
using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

[Authorize(Policy = StaffSetup.RecordKeepers)]
public class DuplicatesModel(FrontDoorDb db) : PageModel
{
    public List<PossibleDuplicate> Pairs { get; private set; } = [];
    public string? DoneMessage => TempData.Done();

    public async Task OnGetAsync(CancellationToken ct) =>
        Pairs = await db.PossibleDuplicates.AsNoTracking().Include(d => d.First).Include(d => d.Second)
            .Where(d => d.Status == DuplicateStatus.Open && d.First.MergedIntoId == null && d.Second.MergedIntoId == null)
            .OrderByDescending(d => d.FoundAt).Take(100).ToListAsync(ct);
}
