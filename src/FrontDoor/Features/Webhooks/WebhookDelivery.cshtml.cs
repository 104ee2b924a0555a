using FrontDoor.Shared;
using FrontDoor.Features.Audit;
using FrontDoor.Data;
using FrontDoor.Features.Staff;
using FrontDoor.Shared.GovUk;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Webhooks;

/// <summary>One delivery's attempts, and sending it again: the payload itself is not shown, as it may hold personal data.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class WebhookDeliveryModel(FrontDoorDb db, Audit.AuditLog audit, TimeProvider clock) : PageModel
{
    public WebhookDelivery Delivery { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } delivery) return NotFound();
        Delivery = delivery;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (await FindAsync(id, ct) is not { } delivery) return NotFound();
        var again = WebhookDispatcher.Redeliver(db, delivery, clock.GetUtcNow().UtcDateTime);
        audit.Add(HttpContext.Actor(), $"Redelivered webhook delivery {delivery.Id}", null, null);
        await db.SaveChangesAsync(ct);
        TempData.Done($"Delivery {again.Id} will send event {delivery.OutboxEventId} again within a few seconds");
        return Redirect(StaffLinks.WebhookDelivery(again.Id));
    }

    Task<WebhookDelivery?> FindAsync(long id, CancellationToken ct) => db.WebhookDeliveries
        .Include(d => d.Event).Include(d => d.AttemptLog).Include(d => d.Subscription).ThenInclude(s => s.ApiClient)
        .SingleOrDefaultAsync(d => d.Id == id, ct);

    public static Content StatusTag(WebhookDelivery d) =>
        d.DeliveredAt is not null ? new() { Text = "Delivered", Classes = "govuk-tag--green" }
        : d.FailedAt is not null ? new() { Text = "Failed", Classes = "govuk-tag--red" }
        : d.Attempts > 0 ? new() { Text = "Retrying", Classes = "govuk-tag--yellow" }
        : new() { Text = "Waiting", Classes = "govuk-tag--grey" };
}
