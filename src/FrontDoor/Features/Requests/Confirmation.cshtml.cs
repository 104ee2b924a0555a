using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Requests;

/// <summary>Shows the reference just issued to this browser (kept in protected temp data, not in the URL).</summary>
public class ConfirmationModel(FrontDoorDb db) : PageModel
{
    public Service Service { get; private set; } = null!;
    public string Reference { get; private set; } = "";
    public string DueText { get; private set; } = "";
    public bool IsAssisted => TempData.Peek("assisted") is true;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (service is null) return NotFound();
        if (TempData.Peek("reference") is not string reference || TempData.Peek("due") is not string due)
            return Redirect(JourneySteps.Start(service));
        Service = service;
        Reference = reference;
        DueText = due;
        return Page();
    }
}
