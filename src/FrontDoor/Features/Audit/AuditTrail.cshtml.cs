using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Audit;

/// <summary>Read-only: administrators see who looked at or changed personal data. Nothing here can edit an entry.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class AuditTrailModel(FrontDoorDb db) : PageModel
{
    [FromQuery] public string? Reference { get; set; }
    public List<(AuditEntry Entry, string? Reference)> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (CaseReference.Normalise(Reference) is { } reference)
        {
            var caseId = await db.Cases.Where(c => c.Reference == reference).Select(c => (long?)c.Id).SingleOrDefaultAsync(ct);
            entries = entries.Where(e => e.CaseId == caseId);
        }
        var page = await entries.OrderByDescending(e => e.Id).Take(100).ToListAsync(ct);
        var caseIds = page.Where(e => e.CaseId != null).Select(e => e.CaseId!.Value).Distinct().ToList();
        var references = await db.Cases.Where(c => caseIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
        Entries = page.Select(e => (e, e.CaseId is long id ? references.GetValueOrDefault(id) : null)).ToList();
    }
}
