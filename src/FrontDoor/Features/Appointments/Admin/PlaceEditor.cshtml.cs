using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Appointments.Admin;

/// <summary>A place residents come to, new or changed. One no longer used is kept, not offered, so past appointments still name it.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class PlaceEditorModel(FrontDoorDb db, AuditLog audit) : PageModel
{
    public static readonly string[] FieldOrder = ["name", "address", "access", "inUse"];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Address { get; set; }
    [BindProperty] public string? Access { get; set; }
    /// <summary>"true" when ticked. An unticked box sends nothing, so nothing here may default it (a new one is ticked on GET).</summary>
    [BindProperty] public string? InUse { get; set; }
    public Location? Existing { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken ct)
    {
        if (id is not null && (Existing = await db.Locations.FindAsync([id], ct)) is null) return NotFound();
        (Name, Address, Access, InUse) = Existing is { } l ? (l.Name, l.Address, l.AccessInformation, l.IsActive ? "true" : null) : (null, null, null, "true");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken ct)
    {
        if (id is not null && (Existing = await db.Locations.FindAsync([id], ct)) is null) return NotFound();
        var errors = new List<(string, string)>(SetUpText.Errors("name", Name, "the name of the place", 100, required: true));
        if (errors.Count == 0 && await db.Locations.AnyAsync(l => l.Name == Name!.Trim() && l.Id != id, ct)) errors.Add(("name", "There is already a place with that name"));
        errors.AddRange(SetUpText.Errors("address", Address, "the address", 300, required: true));
        errors.AddRange(SetUpText.Errors("access", Access, "the access information", 1000));
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        if (!ModelState.IsValid) return Page();

        var place = Existing ?? db.Locations.Add(new Location { Name = "", Address = "" }).Entity;
        var before = Existing is null ? null : $"{place.Name}; {place.Address.ReplaceLineEndings(", ")}; {(place.IsActive ? "in use" : "not in use")}";
        (place.Name, place.Address, place.AccessInformation, place.IsActive) = (Name!.Trim(), Address!.Trim(), Access?.Trim() ?? "", InUse == "true");
        audit.AddChange(HttpContext.Actor(), Existing is null ? $"Added the place {place.Name}" : $"Changed the place {place.Name}",
            [new("place", before, $"{place.Name}; {place.Address.ReplaceLineEndings(", ")}; {(place.IsActive ? "in use" : "not in use")}")]);
        await db.SaveChangesAsync(ct);
        TempData.Done($"{place.Name} is saved");
        return Redirect(AppointmentAdminLinks.Overview);
    }
}
