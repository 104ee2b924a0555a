using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Notifications;

/// <summary>
/// Messages that did not reach their reader: refused by the provider (a template to put right) or given up after every
/// retry, and those the provider could not deliver. Ones never sent can be sent again once the cause is put right.
/// </summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class UndeliveredMessagesModel(FrontDoorDb db, AuditLog audit, TimeProvider clock) : PageModel
{
    const int Shown = 200;
    public List<OutboxMessage> NotSent { get; private set; } = [];
    public List<OutboxMessage> NotDelivered { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-30);
        NotSent = await db.OutboxMessages.AsNoTracking().Include(m => m.Case)
            .Where(m => m.FailedAt != null && m.SentAt == null).OrderByDescending(m => m.FailedAt).Take(Shown).ToListAsync(ct);
        NotDelivered = await db.OutboxMessages.AsNoTracking().Include(m => m.Case)
            .Where(m => m.DeliveryStatus != null && m.DeliveryStatus != DeliveryStatus.Delivered && m.DeliveryStatusAt > since)
            .OrderByDescending(m => m.DeliveryStatusAt).Take(Shown).ToListAsync(ct);
    }

    public async Task<IActionResult> OnPostSendAgainAsync(long id, CancellationToken ct)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.FailedAt != null && m.SentAt == null, ct);
        if (message is null) return NotFound();
        // Its attempts so far stay in its history; from now it has a full set of retries again.
        message.FailedAt = null;
        message.Attempts = 0;
        message.NextAttemptAt = clock.GetUtcNow().UtcDateTime;
        audit.Add(HttpContext.Actor(), $"Sent message {message.Id} again", message.CaseId, message.CustomerId);
        await db.SaveChangesAsync(ct);
        TempData.Done($"Message {message.Id} will be sent again within a minute");
        return Redirect(StaffLinks.UndeliveredMessages);
    }
}
