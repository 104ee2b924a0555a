using System.ComponentModel.DataAnnotations;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Privacy;

public class RetentionOptions
{
    /// <summary>Years a closed case's personal data is kept, for services that do not set their own.</summary>
    [Range(1, 100)] public int ClosedCaseYears { get; set; } = 6;
    /// <summary>Days an unfinished form is kept after it was last touched.</summary>
    [Range(1, 3650)] public int DraftDays { get; set; } = 30;
    /// <summary>Days the text of a message about no case (a security code, a sign-in link) is kept after sending.</summary>
    [Range(1, 3650)] public int MessageDays { get; set; } = 30;
    /// <summary>
    /// Days an event for connected systems is kept once handed on, with the record of its webhook deliveries: long enough
    /// for staff to look into a receiver's problem and send it again, short enough that the table does not grow for ever.
    /// </summary>
    [Range(1, 3650)] public int EventDays { get; set; } = 30;
    public bool Enabled { get; set; } = true;
    /// <summary>The daily job says what it would do, and does nothing: for a council's first weeks, to check the schedule.</summary>
    public bool ReportOnly { get; set; }
}

/// <param name="Cases">Closed cases past their service's retention, anonymised.</param>
/// <param name="Customers">People with no account and nothing left open or kept, erased. A report only counts those already
/// without identified cases: the customers of the cases it would anonymise are counted by the run that does it.</param>
public sealed record RetentionReport(bool ReportOnly, int Cases, int Customers, int Drafts, int Codes, int Messages, int Events)
{
    public string Text => (ReportOnly ? "Retention (report only, nothing changed) would have: " : "Retention: ")
        + $"anonymised {Cases} closed cases, erased {Customers} customers, deleted {Drafts} unfinished forms and {Codes} expired security codes, "
        + $"cleared {Messages} messages' text, and deleted {Events} events sent to connected systems";
}

/// <summary>
/// The retention schedule, applied: what has passed its date is anonymised or deleted, in batches, oldest first; what is
/// under legal hold is left alone. Each run is recorded in the audit log (by FrontDoor itself) with what it did.
/// </summary>
public sealed class Retention(FrontDoorDb db, CaseAnonymiser anonymiser, CustomerErasure erasure, AuditLog audit, TimeProvider clock, IOptions<RetentionOptions> options)
{
    const int Batch = 500;
    const int EventBatch = 2000;
    public const string AuditAction = "Retention";

    public async Task<RetentionReport> RunAsync(bool reportOnly, IProgress<string>? progress, CancellationToken ct)
    {
        var o = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var cases = await ExpiredCasesAsync(reportOnly, now, o, progress, ct);
        var customers = await ExpiredCustomersAsync(reportOnly, now.AddYears(-o.ClosedCaseYears), progress, ct);
        var drafts = db.Drafts.Where(d => d.UpdatedAt < now.AddDays(-o.DraftDays));
        var codes = db.OneTimeCodes.Where(c => c.ExpiresAt < now);
        var messageCutoff = now.AddDays(-o.MessageDays);
        var messages = db.OutboxMessages.Where(m => m.CaseId == null && m.SentAt < messageCutoff && m.Body != "");
        var report = reportOnly
            ? new RetentionReport(true, cases, customers, await drafts.CountAsync(ct), await codes.CountAsync(ct), await messages.CountAsync(ct),
                await HandedOnEvents(now.AddDays(-o.EventDays)).CountAsync(ct))
            : new RetentionReport(false, cases, customers, await drafts.ExecuteDeleteAsync(ct), await codes.ExecuteDeleteAsync(ct),
                await messages.ExecuteUpdateAsync(s => s.SetProperty(m => m.Body, ""), ct), await DeleteEventsAsync(now.AddDays(-o.EventDays), progress, ct));
        // The report reads "Retention: …", so the page finds every run by the word it starts with.
        audit.Add(Actor.System("FrontDoor retention"), report.Text, null, null);
        await db.SaveChangesAsync(ct);
        return report;
    }

    async Task<int> ExpiredCasesAsync(bool reportOnly, DateTime now, RetentionOptions o, IProgress<string>? progress, CancellationToken ct)
    {
        var done = 0;
        // Each service's own years, or the council's; a case whose customer is on legal hold waits.
        var services = await db.Services.AsNoTracking().Select(s => new { s.Id, s.RetentionYears }).ToListAsync(ct);
        foreach (var service in services)
        {
            var cutoff = now.AddYears(-(service.RetentionYears ?? o.ClosedCaseYears));
            var expired = db.Cases.Where(c => c.ServiceId == service.Id && c.AnonymisedAt == null && c.ResolvedAt != null && c.ResolvedAt < cutoff
                && (c.Customer == null || c.Customer.LegalHoldReason == null));
            if (reportOnly) { done += await expired.CountAsync(ct); continue; }
            while (await expired.OrderBy(c => c.ResolvedAt).Select(c => c.Id).Take(Batch).ToListAsync(ct) is { Count: > 0 } batch)
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                done += await anonymiser.AnonymiseAsync(batch, now, ct);
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                db.ChangeTracker.Clear();
                progress?.Report($"Anonymised {done:N0} closed cases");
            }
        }
        return done;
    }

    /// <summary>Events handed on before the cutoff, none of whose deliveries is still being tried (one sent again by staff, say).</summary>
    IQueryable<Events.OutboxEvent> HandedOnEvents(DateTime cutoff) => db.OutboxEvents.Where(e => e.DeliveredAt != null && e.CreatedAt < cutoff
        && !db.WebhookDeliveries.Any(d => d.OutboxEventId == e.Id && d.DeliveredAt == null && d.FailedAt == null));

    /// <summary>
    /// A busy council makes hundreds of thousands of events a month: they go a batch at a time, each batch (with its deliveries
    /// and their attempts, which go with their event) in a short transaction of its own, so intake waits for none of it.
    /// </summary>
    async Task<int> DeleteEventsAsync(DateTime cutoff, IProgress<string>? progress, CancellationToken ct)
    {
        var done = 0;
        while (await HandedOnEvents(cutoff).OrderBy(e => e.Id).Select(e => e.Id).Take(EventBatch).ToListAsync(ct) is { Count: > 0 } batch)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            done += await db.OutboxEvents.Where(e => batch.Contains(e.Id)).ExecuteDeleteAsync(ct);
            await tx.CommitAsync(ct);
            progress?.Report($"Deleted {done:N0} events sent to connected systems");
            if (batch.Count < EventBatch) break;
        }
        return done;
    }

    /// <summary>People known only through cases now anonymised: no account, nothing booked, nothing open, not touched for the retention period.</summary>
    async Task<int> ExpiredCustomersAsync(bool reportOnly, DateTime cutoff, IProgress<string>? progress, CancellationToken ct)
    {
        var expired = db.Customers.Where(c => c.ErasedAt == null && c.MergedIntoId == null && c.AccountCreatedAt == null && c.LegalHoldReason == null
            && c.UpdatedAt < cutoff && !db.Cases.Any(x => x.CustomerId == c.Id)
            && !db.Appointments.Any(a => a.CustomerId == c.Id && a.ClosedAt == null) && !db.Callbacks.Any(b => b.CustomerId == c.Id && b.ClosedAt == null));
        if (reportOnly) return await expired.CountAsync(ct);
        var done = 0;
        var system = Actor.System("FrontDoor retention");
        while (await expired.OrderBy(c => c.Id).Select(c => c.Id).Take(Batch).ToListAsync(ct) is { Count: > 0 } batch)
        {
            foreach (var id in batch)
                if (await CustomerData.FindAsync(db, id, ct) is { } data && await erasure.EraseAsync(data, system, "Erased at the end of its retention period", ct) is null)
                    done++;
            db.ChangeTracker.Clear();
            progress?.Report($"Erased {done:N0} customers");
            if (batch.Count < Batch) break;
        }
        return done;
    }
}
