using FrontDoor.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using FrontDoor.Data;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Events;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Webhooks;

/// <summary>A client's own webhook subscriptions (webhooks:manage). The signing secret is shown once, when one is made.</summary>
public static class WebhooksApi
{
    public record NewSubscription(string? Url, List<string>? Events);
    public record SubscriptionJson(long Id, string Url, IReadOnlyList<string> Events, DateTime CreatedAt);
    public record CreatedSubscription(long Id, string Url, IReadOnlyList<string> Events, DateTime CreatedAt, string Secret);
    public record DeliveryJson(long Id, string Event, long EventId, DateTime CreatedAt, int Attempts, DateTime? DeliveredAt, DateTime? FailedAt,
        DateTime? NextAttemptAt, string? LastError);

    public static void Map(RouteGroupBuilder group)
    {
        group.RequireAuthorization(ApiClientsSetup.PolicyFor(ApiScopes.ManageWebhooks));
        group.MapGet("/", ListAsync).WithName("ListWebhooks").WithSummary("This client's webhook subscriptions");
        group.MapPost("/", CreateAsync).WithName("CreateWebhook").WithSummary("Subscribe a URL to events; the answer holds the signing secret, shown only this once");
        group.MapDelete("/{id:long}", RemoveAsync).WithName("RemoveWebhook").WithSummary("Stop a subscription");
        group.MapGet("/{id:long}/deliveries", DeliveriesAsync).WithName("ListWebhookDeliveries").WithSummary("The latest 100 deliveries to a subscription");
    }

    static async Task<Ok<List<SubscriptionJson>>> ListAsync(HttpContext context, FrontDoorDb db, CancellationToken ct)
    {
        var clientId = ApiClientUser.From(context.User)!.Id;
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.ApiClientId == clientId && s.RemovedAt == null).OrderBy(s => s.Id).ToListAsync(ct);
        return TypedResults.Ok(subscriptions.Select(s => new SubscriptionJson(s.Id, s.Url, s.EventTypeList, s.CreatedAt)).ToList());
    }

    static async Task<Results<Created<CreatedSubscription>, ValidationProblem>> CreateAsync(NewSubscription body, HttpContext context, FrontDoorDb db, IDataProtectionProvider protection, TimeProvider clock,
        ReceiverAddresses receivers, CancellationToken ct)
    {
        var client = ApiClientUser.From(context.User)!;
        var errors = new Dictionary<string, string[]>();
        if (!Uri.TryCreate(body.Url, UriKind.Absolute, out var url) || url.Scheme is not ("https" or "http") || body.Url!.Length > 500)
            errors["url"] = ["Enter the full address that will receive the events, starting https://"];
        else if (!receivers.IsAllowedAtFirstSight(url))
            errors["url"] = ["The address is on a private or local network. Use a public address, or ask the council to allow the network"];
        var events = (body.Events ?? []).Distinct().ToList();
        if (events.Count == 0 || events.Any(e => !EventTypes.All.Contains(e)))
            errors["events"] = [$"Choose one or more of {string.Join(", ", EventTypes.All)}"];
        else if (events.FirstOrDefault(e => !client.Has(EventTypes.ScopeFor(e))) is string needsScope)
            errors["events"] = [$"Hearing of {needsScope} needs the {EventTypes.ScopeFor(needsScope)} scope, which this client does not have"];
        if (errors.Count > 0) return TypedResults.ValidationProblem(errors);

        var secret = WebhookSignature.NewSecret();
        var subscription = new WebhookSubscription
        {
            ApiClientId = client.Id, Url = body.Url!, EventTypes = string.Join(' ', events), CreatedAt = clock.GetUtcNow().UtcDateTime,
            ProtectedSecret = protection.CreateProtector(WebhookDispatcher.SecretPurpose).Protect(secret),
        };
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/webhooks/{subscription.Id}",
            new CreatedSubscription(subscription.Id, subscription.Url, events, subscription.CreatedAt, secret));
    }

    static async Task<Results<NoContent, NotFoundProblem>> RemoveAsync(long id, HttpContext context, FrontDoorDb db, TimeProvider clock, CancellationToken ct)
    {
        if (await OwnAsync(context, db, id, ct) is not { } subscription) return NotFound(id);
        subscription.RemovedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    static async Task<Results<Ok<List<DeliveryJson>>, NotFoundProblem>> DeliveriesAsync(long id, HttpContext context, FrontDoorDb db, CancellationToken ct)
    {
        if (await OwnAsync(context, db, id, ct) is null) return NotFound(id);
        var deliveries = await db.WebhookDeliveries.AsNoTracking().Where(d => d.SubscriptionId == id).OrderByDescending(d => d.Id).Take(100)
            .Select(d => new DeliveryJson(d.Id, d.Event.Type, d.OutboxEventId, d.CreatedAt, d.Attempts, d.DeliveredAt, d.FailedAt,
                d.DeliveredAt == null && d.FailedAt == null ? d.NextAttemptAt : null, d.LastError))
            .ToListAsync(ct);
        return TypedResults.Ok(deliveries);
    }

    /// <summary>Another client's subscription is as good as missing: a client sees only its own.</summary>
    static Task<WebhookSubscription?> OwnAsync(HttpContext context, FrontDoorDb db, long id, CancellationToken ct)
    {
        var clientId = ApiClientUser.From(context.User)!.Id;
        return db.WebhookSubscriptions.SingleOrDefaultAsync(s => s.Id == id && s.ApiClientId == clientId && s.RemovedAt == null, ct);
    }

    static NotFoundProblem NotFound(long id) => new($"There is no webhook subscription {id}");
}
