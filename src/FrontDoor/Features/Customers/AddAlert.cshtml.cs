using FrontDoor.Shared;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

[Authorize(Policy = StaffSetup.TeamLeaders)]
public class AddAlertModel(FrontDoorDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int MaxLength = 500;
    public static readonly StaffRole[] Roles = [StaffRole.Agent, StaffRole.Officer, StaffRole.TeamLeader, StaffRole.Administrator];

    public long Id { get; private set; }
    public string? Text { get; private set; }
    public List<string> VisibleTo { get; private set; } = [nameof(StaffRole.TeamLeader), nameof(StaffRole.Officer)];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        Id = id;
        return await db.Customers.AnyAsync(c => c.Id == id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(long id, [FromForm] string? text, [FromForm] List<string>? visibleTo, CancellationToken ct)
    {
        Id = id;
        if (!await db.Customers.AnyAsync(c => c.Id == id, ct)) return NotFound();
        (Text, VisibleTo) = (text?.Trim(), visibleTo ?? []);
        if (string.IsNullOrEmpty(Text)) ModelState.AddModelError("text", "Enter the alert");
        else if (Text.Length > MaxLength) ModelState.AddModelError("text", $"The alert must be {MaxLength} characters or less");
        else if (AnswerValidator.LooksLikeHtml(Text)) ModelState.AddModelError("text", "The alert must not include HTML or code, such as < and >");
        var roles = Roles.Where(r => VisibleTo.Contains(r.ToString())).ToList();
        if (roles.Count == 0 || roles.Count != VisibleTo.Count) ModelState.AddModelError("visibleTo", "Select who can read the alert");
        if (!ModelState.IsValid) return Page();

        var staff = StaffUser.From(User)!;
        db.CustomerAlerts.Add(new CustomerAlert { CustomerId = id, Text = Text!, VisibleTo = string.Join(',', roles), CreatedByStaffId = staff.Id, CreatedAt = clock.GetUtcNow().UtcDateTime });
        audit.Add(HttpContext.Actor(), "Added customer alert", null, id);
        await db.SaveChangesAsync(ct);
        TempData.Done("Alert added");
        return Redirect(StaffLinks.Customer(id));
    }
}
