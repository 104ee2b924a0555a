using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

/// <summary>A photo sent with a case, to those who may see the case.</summary>
public class CasePhotoModel(FrontDoorDb db) : StaffCasePage(db)
{
    protected override bool Allowed(StaffUser staff, Case c) => staff.CanView(c);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var photo = await Db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.CaseId == Case.Id, ct);
        if (photo is null) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        return File(photo.Content, photo.ContentType);
    }
}
