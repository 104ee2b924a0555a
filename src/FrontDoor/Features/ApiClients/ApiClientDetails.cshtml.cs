using FrontDoor.Shared;
using FrontDoor.Features.Audit;
using FrontDoor.Data;
using FrontDoor.Features.Staff;
using FrontDoor.Features.Webhooks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.ApiClients;

[Authorize(Policy = StaffSetup.Administrators)]
public class ApiClientDetailsModel(FrontDoorDb db, ApiKeys keys, Audit.AuditLog audit, TimeProvider clock) : PageModel
{
    public const int DeliveriesShown = 50;

    public ApiClient Client { get; private set; } = null!;
    public List<WebhookSubscription> Subscriptions { get; private set; } = [];
    public List<WebhookDelivery> Deliveries { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        if (await db.ApiClients.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } client) return NotFound();
        Client = client;
        Subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.ApiClientId == id).OrderBy(s => s.Id).ToListAsync(ct);
        var subscriptionIds = Subscriptions.Select(s => s.Id).ToList();
        Deliveries = await db.WebhookDeliveries.AsNoTracking().Include(d => d.Event)
            .Where(d => subscriptionIds.Contains(d.SubscriptionId)).OrderByDescending(d => d.Id).Take(DeliveriesShown).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(long id, CancellationToken ct)
    {
        if (await db.ApiClients.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } client) return NotFound();
        client.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        audit.Add(HttpContext.Actor(), $"Revoked API client {client.Name}", null, null);
        await db.SaveChangesAsync(ct);
        keys.Forget(client);
        TempData.Done($"The key for {client.Name} is revoked. It stops working within a minute.");
        return RedirectToPage(new { id });
    }
}
