using FrontDoor.Data;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Messages;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.SupportTasks;

/// <summary>Support to arrange, for an interpreting agency's or print room's system (support:read).</summary>
public static class SupportTasksApi
{
    public record SupportTaskJson(long Id, string Kind, string? Language, string CustomerName, string? AppointmentReference, string? CaseReference, long? LetterId,
        DateTime NeededBy, DateTime DueAt, string State);

    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/", ListAsync).RequireAuthorization(ApiClientsSetup.PolicyFor(ApiScopes.ReadSupport)).WithName("ListSupportTasks")
            .WithSummary("Support still to arrange or arranged, soonest due first");

    static async Task<Ok<List<SupportTaskJson>>> ListAsync(FrontDoorDb db, AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var open = await db.SupportTasks.AsNoTracking().Where(t => t.State == SupportTaskState.Open || t.State == SupportTaskState.Arranged)
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(500)
            .Select(t => new { t.Id, t.Kind, t.Language, t.Customer.FullName, Appointment = t.Appointment != null ? t.Appointment.Reference : null,
                Case = t.Case != null ? t.Case.Reference : null, t.LetterId, t.NeededBy, t.DueAt, t.State })
            .ToListAsync(ct);
        await audit.RecordReadAsync(context.Actor(), $"Listed support tasks through the API ({open.Count} found)", null, null, ct);
        return TypedResults.Ok(open.Select(t => new SupportTaskJson(t.Id, MessageNames.Of(t.Kind), t.Language, t.FullName, t.Appointment, t.Case, t.LetterId,
            t.NeededBy, t.DueAt, MessageNames.Of(t.State))).ToList());
    }
}
