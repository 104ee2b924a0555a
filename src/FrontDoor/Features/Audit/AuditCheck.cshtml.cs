using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Audit;

/// <summary>Administrators check the audit log's chain, as <c>verify-audit</c> does on the command line.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class AuditCheckModel(FrontDoorDb db, AuditLog audit) : PageModel
{
    public AuditChain.Verification? Result { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Result = await AuditChain.VerifyAsync(db, null, ct);
        // Recorded after the check, so the check itself is in the log it checked next time.
        await audit.RecordReadAsync(HttpContext.Actor(), $"Checked the audit log: {(Result.Holds ? "it holds" : "it has been altered")}", null, null, ct);
        return Page();
    }
}
