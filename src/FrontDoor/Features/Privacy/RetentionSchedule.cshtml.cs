using System.Globalization;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Privacy;

/// <summary>The retention schedule: each service's years, what a run would remove today, and what the last runs did.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class RetentionScheduleModel(FrontDoorDb db, Retention retention, AuditLog audit, IOptions<RetentionOptions> options) : PageModel
{
    public RetentionOptions Options => options.Value;
    public List<(int Id, string Name, int? Years)> Services { get; private set; } = [];
    public List<AuditEntry> Runs { get; private set; } = [];
    public RetentionReport? Preview { get; private set; }
    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? Years { get; set; }

    async Task LoadAsync(CancellationToken ct)
    {
        Services = (await db.Services.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name, s.RetentionYears }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name, s.RetentionYears)).ToList();
        Runs = await db.AuditEntries.AsNoTracking().Where(e => e.Action.StartsWith(Retention.AuditAction)).OrderByDescending(e => e.Id).Take(10).ToListAsync(ct);
    }

    public Task OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        Preview = await retention.RunAsync(reportOnly: true, null, ct);
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostChangeAsync(CancellationToken ct)
    {
        var service = int.TryParse(Service, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? await db.Services.SingleOrDefaultAsync(s => s.Id == id, ct) : null;
        if (service is null) ModelState.AddModelError("service", "Choose a service from the list");
        int? years = null;
        if (!string.IsNullOrWhiteSpace(Years))
            if (int.TryParse(Years.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1 and <= 100) years = y;
            else ModelState.AddModelError("years", "Enter a whole number of years from 1 to 100, or leave it empty for the council's default");
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }
        audit.AddChange(HttpContext.Actor(), $"Changed the retention of {service!.Name}",
            [new FieldChange("Years closed cases are kept", service.RetentionYears?.ToString(), years?.ToString())]);
        service.RetentionYears = years;
        await db.SaveChangesAsync(ct);
        TempData.Done($"{service.Name}: closed cases keep their personal data for {years ?? Options.ClosedCaseYears} years");
        return Redirect(StaffLinks.Retention);
    }
}
