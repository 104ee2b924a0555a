using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Privacy;

/// <summary>A customer's data protection requests, for administrators: subject access, legal hold and erasure. Each is audited.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class CustomerPrivacyModel(FrontDoorDb db, SubjectAccessExport export, CustomerErasure erasure, AuditLog audit) : PageModel
{
    public CustomerData Data { get; private set; } = null!;
    public ErasureRefusal? Refusal { get; private set; }
    [BindProperty] public string? HoldReason { get; set; }
    [BindProperty] public bool Confirm { get; set; }

    async Task<bool> LoadAsync(long id, CancellationToken ct)
    {
        if (await CustomerData.FindAsync(db, id, ct) is not { } data || data.Customer.MergedIntoId is not null) return false;
        Data = data;
        Refusal = await erasure.RefusalAsync(data, ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await audit.RecordReadAsync(HttpContext.Actor(), "Viewed the customer's data protection page", null, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostExportAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var zip = new MemoryStream();
        await export.WriteAsync(Data, zip, ct);
        await audit.RecordReadAsync(HttpContext.Actor(), "Exported everything held about the customer (subject access)", null, id, ct);
        return File(zip.ToArray(), "application/zip", $"subject-access-customer-{id}.zip");
    }

    public async Task<IActionResult> OnPostHoldAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var reason = HoldReason?.Trim();
        if (string.IsNullOrEmpty(reason)) ModelState.AddModelError("holdReason", "Enter why the record must be kept, such as the claim or investigation it is part of");
        else if (reason.Length > 500) ModelState.AddModelError("holdReason", "The reason must be 500 characters or fewer");
        if (!ModelState.IsValid) return Page();
        Data.Customer.LegalHoldReason = reason;
        audit.Add(HttpContext.Actor(), "Placed the customer's record under legal hold", null, id);
        await db.SaveChangesAsync(ct);
        TempData.Done("The record is under legal hold: nothing will erase or anonymise it until the hold is released");
        return Redirect(StaffLinks.CustomerPrivacy(id));
    }

    public async Task<IActionResult> OnPostReleaseAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Data.Customer.LegalHoldReason = null;
        audit.Add(HttpContext.Actor(), "Released the customer's record from legal hold", null, id);
        await db.SaveChangesAsync(ct);
        TempData.Done("The legal hold is released");
        return Redirect(StaffLinks.CustomerPrivacy(id));
    }

    public async Task<IActionResult> OnPostEraseAsync(long id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        if (Refusal is null && !Confirm) ModelState.AddModelError("confirm", "Confirm that the customer asked for their personal data to be erased and that nothing requires it to be kept");
        if (!ModelState.IsValid || Refusal is not null) return Page();
        if (await erasure.EraseAsync(Data, HttpContext.Actor(), "Erased the customer's personal data on their request", ct) is { } refused)
        {
            Refusal = refused;
            return Page();
        }
        TempData.Done("Their personal data has been erased. Their cases stay, without it, for the figures");
        return Redirect(StaffLinks.Customer(id));
    }
}
