using FrontDoor.Shared;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

[Authorize(Policy = StaffSetup.RecordKeepers)]
public class UndoMergeModel(FrontDoorDb db, CustomerMerging merging, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var merge = await db.CustomerMerges.SingleOrDefaultAsync(m => m.Id == id, ct);
        if (merge is null) return NotFound();
        if (merge.UndoneAt is null)
        {
            var staff = StaffUser.From(User)!;
            await merging.InTransactionAsync(async () =>
            {
                await merging.UndoAsync(merge, staff.Id, ct);
                audit.Add(HttpContext.Actor(), "Undid customer merge", null, merge.SurvivorId);
                audit.Add(HttpContext.Actor(), "Undid customer merge", null, merge.MergedId);
            }, ct);
        }
        TempData.Done("The merge has been undone. The records are separate again");
        return Redirect(StaffLinks.Customer(merge.SurvivorId));
    }
}
