using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

[Authorize(Policy = StaffSetup.CaseWorkers)]
public class FindCaseModel(FrontDoorDb db) : PageModel
{
    [FromQuery] public string? Reference { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Reference is null) return Page();
        var reference = CaseReference.Normalise(Reference);
        if (reference is null) ModelState.AddModelError("reference", "Enter a reference like 7KQM-4XRT");
        else if (!await db.Cases.AnyAsync(c => c.Reference == reference, ct)) ModelState.AddModelError("reference", "There is no case with that reference");
        else return Redirect(StaffLinks.Case(reference));
        return Page();
    }
}
