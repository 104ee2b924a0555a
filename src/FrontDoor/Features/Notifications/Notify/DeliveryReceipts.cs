using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Notifications.Notify;

/// <summary>
/// What a provider says became of a sent message, from Notify's callback or from asking it. Recorded once however often it
/// is told (two nodes may ask at once, and a callback may repeat); a failure is put on the case, and a permanent one marks
/// the address or number as not working so later messages go another way.
/// </summary>
public sealed class DeliveryReceipts(FrontDoorDb db)
{
    public enum Outcome { Recorded, AlreadyKnown, NotFinal, UnknownMessage }

    /// <summary>Notify's statuses across its three channels; null while it is still trying.</summary>
    public static DeliveryStatus? FromNotify(string? status) => status switch
    {
        "delivered" or "received" => DeliveryStatus.Delivered,
        "permanent-failure" or "validation-failed" or "virus-scan-failed" or "cancelled" => DeliveryStatus.PermanentFailure,
        "temporary-failure" => DeliveryStatus.TemporaryFailure,
        "technical-failure" => DeliveryStatus.TechnicalFailure,
        _ => null,
    };

    public async Task<Outcome> RecordAsync(string providerId, string? notifyStatus, DateTime at, CancellationToken ct)
    {
        var message = await db.OutboxMessages.AsNoTracking().SingleOrDefaultAsync(m => m.ProviderId == providerId, ct);
        if (message is null) return Outcome.UnknownMessage;
        if (FromNotify(notifyStatus) is not DeliveryStatus status) return Outcome.NotFinal;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.OutboxMessages.Where(m => m.Id == message.Id && m.DeliveryStatus == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.DeliveryStatus, status).SetProperty(m => m.DeliveryStatusAt, at), ct);
        if (claimed == 0) return Outcome.AlreadyKnown;
        if (DeliveryStatuses.IsFailure(status))
        {
            if (message.CaseId is long caseId)
                db.TimelineEvents.Add(new() { CaseId = caseId, At = at, Type = TimelineEventType.NotificationFailed, Text = $"{MessageKinds.Text(message.Kind)} {DeliveryStatuses.Text(status)}: {message.Subject}" });
            // A message to a customer new with the case names them through the case.
            var customerId = message.CustomerId ?? await db.Cases.Where(c => c.Id == message.CaseId).Select(c => c.CustomerId).SingleOrDefaultAsync(ct);
            if (status == DeliveryStatus.PermanentFailure && customerId is long reader) await MarkNotWorkingAsync(message, reader, at, ct);
            await db.SaveChangesAsync(ct);
        }
        await tx.CommitAsync(ct);
        return Outcome.Recorded;
    }

    async Task MarkNotWorkingAsync(OutboxMessage message, long customerId, DateTime at, CancellationToken ct)
    {
        (ContactPointKind? kind, string? key) = message.Kind switch
        {
            MessageKind.Email => (ContactPointKind.Email, Customer.NormaliseEmail(message.Recipient)),
            MessageKind.Sms => (ContactPointKind.Phone, Customer.NormalisePhone(message.Recipient)),
            _ => ((ContactPointKind?)null, (string?)null),
        };
        if (kind is null || key is null) return;
        foreach (var point in await db.ContactPoints.Where(p => p.CustomerId == customerId && p.Kind == kind && p.Key == key && p.NotWorkingSince == null).ToListAsync(ct))
            point.NotWorkingSince = at;
    }
}

/// <summary>Notify's delivery receipts callback: a POST of one message's status, with the bearer token the council set.</summary>
public static class DeliveryReceiptsEndpoint
{
    public const string Path = "/notify/delivery-receipts";

    public sealed record Receipt(
        [property: JsonPropertyName("id")] string? Id,
        [property: JsonPropertyName("reference")] string? Reference,
        [property: JsonPropertyName("status")] string? Status,
        [property: JsonPropertyName("completed_at")] DateTimeOffset? CompletedAt);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost(Path, ReceiveAsync).AllowAnonymous().DisableAntiforgery().ExcludeFromDescription();

    static async Task<IResult> ReceiveAsync(HttpRequest request, IOptions<NotifyOptions> options, DeliveryReceipts receipts, TimeProvider clock, CancellationToken ct)
    {
        if (options.Value.CallbackToken is not { Length: > 0 } expected) return Results.NotFound();
        if (!IsBearer(request.Headers.Authorization.ToString(), expected)) return Results.Unauthorized();
        Receipt? receipt;
        try { receipt = await request.ReadFromJsonAsync<Receipt>(ct); }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or InvalidOperationException or BadHttpRequestException)
        { return Results.Problem("The receipt must be JSON as GOV.UK Notify sends it.", statusCode: StatusCodes.Status400BadRequest); }
        if (receipt?.Id is not { Length: > 0 and <= 64 } id || string.IsNullOrWhiteSpace(receipt.Status))
            return Results.Problem("The receipt must name the notification (id) and its status.", statusCode: StatusCodes.Status400BadRequest);
        var at = (receipt.CompletedAt ?? clock.GetUtcNow()).UtcDateTime;
        // A receipt for a message this FrontDoor did not send is still answered 204: Notify would only keep sending it.
        await receipts.RecordAsync(id, receipt.Status, at, ct);
        return Results.NoContent();
    }

    static bool IsBearer(string header, string expected) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[7..].Trim()), Encoding.UTF8.GetBytes(expected));
}
