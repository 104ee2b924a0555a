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
public class DuplicatePairModel(FrontDoorDb db, CustomerMerging merging, AuditLog audit, TimeProvider clock) : PageModel
{
    public PossibleDuplicate Pair { get; private set; } = null!;
    public int FirstCases { get; private set; }
    public int SecondCases { get; private set; }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        var pair = await db.PossibleDuplicates.Include(d => d.First).ThenInclude(c => c.Property)
            .Include(d => d.Second).ThenInclude(c => c.Property).SingleOrDefaultAsync(d => d.Id == id, ct);
        if (pair is null) return false;
        Pair = pair;
        FirstCases = await db.Cases.CountAsync(c => c.CustomerId == pair.FirstId, ct);
        SecondCases = await db.Cases.CountAsync(c => c.CustomerId == pair.SecondId, ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        audit.Add(HttpContext.Actor(), "Compared possible duplicate records", null, Pair.FirstId);
        await audit.RecordReadAsync(HttpContext.Actor(), "Compared possible duplicate records", null, Pair.SecondId, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, [FromForm] long? keep, [FromForm] string? decision, CancellationToken ct)
    {
        if (decision == "different") return await NotDuplicatesAsync(id, ct);
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Pair.Status != DuplicateStatus.Open || Pair.First.MergedIntoId is not null || Pair.Second.MergedIntoId is not null)
        {
            ModelState.AddModelError("keep", "These records have already been merged or marked as different people");
            return Page();
        }
        if (keep != Pair.FirstId && keep != Pair.SecondId)
        {
            ModelState.AddModelError("keep", "Select which record to keep");
            return Page();
        }
        var (survivor, merged) = keep == Pair.FirstId ? (Pair.First, Pair.Second) : (Pair.Second, Pair.First);
        var staff = StaffUser.From(User)!;
        await merging.InTransactionAsync(async () =>
        {
            await merging.MergeAsync(survivor, merged, staff.Id, $"Merged by {staff.Name}", ct);
            audit.Add(HttpContext.Actor(), "Merged customer records", null, survivor.Id);
            audit.Add(HttpContext.Actor(), "Merged customer records", null, merged.Id);
        }, ct);
        TempData.Done($"{merged.FullName}'s record has been merged into this one");
        return Redirect(StaffLinks.Customer(survivor.Id));
    }

    async Task<IActionResult> NotDuplicatesAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Pair.Status == DuplicateStatus.Open)
        {
            var staff = StaffUser.From(User)!;
            (Pair.Status, Pair.DecidedByStaffId, Pair.DecidedAt) = (DuplicateStatus.NotDuplicates, staff.Id, clock.GetUtcNow().UtcDateTime);
            audit.Add(HttpContext.Actor(), "Marked customer records as different people", null, Pair.FirstId);
            audit.Add(HttpContext.Actor(), "Marked customer records as different people", null, Pair.SecondId);
            await db.SaveChangesAsync(ct);
        }
        TempData.Done("The records have been marked as different people");
        return Redirect(StaffLinks.Duplicates);
    }
}
