using FrontDoor.Data;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.ContentPages;

[Authorize(Policy = StaffSetup.Administrators)]
public class ContentListModel(FrontDoorDb db) : PageModel
{
    public List<ContentPage> Own { get; private set; } = [];
    public string? DoneMessage => TempData.Done();

    public async Task OnGetAsync(CancellationToken ct) => Own = await db.ContentPages.AsNoTracking().ToListAsync(ct);

    public string Status(StandardPage page) => Own.FirstOrDefault(p => p.Slug == page.Slug) is { } own
        ? $"Changed {Calendar.UkDates.Date(own.UpdatedAt)} by {own.UpdatedBy}{(own.Body.Contains(StandardPages.ToBeCompleted, StringComparison.Ordinal) ? ": still marked to be completed" : "")}"
        : page.FirstText.Contains(StandardPages.ToBeCompleted, StringComparison.Ordinal) ? "To be completed by the council" : "FrontDoor's standard text";
}
