using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

/// <summary>A photo or document sent with a case, to those who may see the case.</summary>
public class CaseAttachmentModel(FrontDoorDb db) : StaffCasePage(db)
{
    protected override bool Allowed(StaffUser staff, Case c) => staff.CanView(c);

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var file = await Db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.CaseId == Case.Id, ct);
        if (file is null) return NotFound();
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.XContentTypeOptions = "nosniff";
        // Images show in the case page; a document someone else wrote is saved, never opened inside our pages.
        return file.ContentType.StartsWith("image/", StringComparison.Ordinal)
            ? File(file.Content, file.ContentType)
            : File(file.Content, file.ContentType, file.FileName);
    }
}
