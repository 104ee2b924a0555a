using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Privacy;

public enum ErasureRefusal { OpenCase, LegalHold, AlreadyErased }

public static class ErasureRefusals
{
    public static string Text(ErasureRefusal refusal) => refusal switch
    {
        ErasureRefusal.OpenCase => "They have a request that is still open. Close it first: erasing now would leave it with no one to tell",
        ErasureRefusal.LegalHold => "Their record is under legal hold. Release the hold first, if the reason for it has passed",
        ErasureRefusal.AlreadyErased => "Their personal data has already been erased",
    };
}

/// <summary>
/// The right to erasure: a person's record, and every record merged into it, keeps only what the figures need. Their
/// name becomes "Erased customer", their addresses, numbers, needs, account and sign-in codes go, and their cases are
/// anonymised (<see cref="CaseAnonymiser"/>). Refused, with the reason, while a case is open or the record is on legal hold.
/// </summary>
public sealed class CustomerErasure(FrontDoorDb db, CaseAnonymiser cases, AuditLog audit, TimeProvider clock)
{
    public const string ErasedName = "Erased customer";

    public async Task<ErasureRefusal?> RefusalAsync(CustomerData data, CancellationToken ct)
    {
        if (data.Customer.ErasedAt is not null) return ErasureRefusal.AlreadyErased;
        var ids = data.CustomerIds;
        if (await db.Customers.AnyAsync(c => ids.Contains(c.Id) && c.LegalHoldReason != null, ct)) return ErasureRefusal.LegalHold;
        var caseIds = data.CaseIds;
        if (await db.Cases.AnyAsync(c => caseIds.Contains(c.Id) && c.ResolvedAt == null, ct)) return ErasureRefusal.OpenCase;
        return null;
    }

    /// <summary>Erases, or says why not. <paramref name="actor"/> is audited; what they gave as the reason is not kept, as it may name the person.</summary>
    public async Task<ErasureRefusal?> EraseAsync(CustomerData data, Actor actor, string action, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (await RefusalAsync(data, ct) is { } refusal) return refusal;
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = data.CustomerIds.ToList();
        await cases.AnonymiseAsync(data.CaseIds, now, ct);
        foreach (var customer in await db.Customers.Where(c => ids.Contains(c.Id)).ToListAsync(ct)) Forget(customer, now);
        var keys = data.Customer.ContactPoints.Select(p => p.Key).Append(data.Customer.EmailNormalised).OfType<string>().ToList();
        await db.ContactPoints.Where(p => ids.Contains(p.CustomerId)).ExecuteDeleteAsync(ct);
        await db.CustomerAlerts.Where(a => ids.Contains(a.CustomerId)).ExecuteDeleteAsync(ct);
        await db.PossibleDuplicates.Where(d => ids.Contains(d.FirstId) || ids.Contains(d.SecondId)).ExecuteDeleteAsync(ct);
        await db.OneTimeCodes.Where(o => (o.CustomerId != null && ids.Contains(o.CustomerId.Value)) || keys.Contains(o.Target)).ExecuteDeleteAsync(ct);
        await db.Contacts.Where(x => x.CustomerId != null && ids.Contains(x.CustomerId.Value)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Summary, (string?)null), ct);
        await CaseAnonymiser.ForgetMessagesAsync(db.OutboxMessages.Where(m => m.CustomerId != null && ids.Contains(m.CustomerId.Value)), now, ct);
        await db.Appointments.Where(a => ids.Contains(a.CustomerId)).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.Phone, (string?)null).SetProperty(a => a.Email, (string?)null).SetProperty(a => a.About, CaseAnonymiser.Removed)
            .SetProperty(a => a.Needs, "").SetProperty(a => a.InterpreterLanguage, (string?)null).SetProperty(a => a.OutcomeNote, (string?)null), ct);
        var callbacks = db.Callbacks.Where(c => ids.Contains(c.CustomerId));
        await db.CallbackAttempts.Where(a => callbacks.Any(c => c.Id == a.CallbackId)).ExecuteUpdateAsync(s => s.SetProperty(a => a.Note, (string?)null), ct);
        await callbacks.ExecuteUpdateAsync(s => s.SetProperty(c => c.Phone, CaseAnonymiser.Removed).SetProperty(c => c.About, CaseAnonymiser.Removed), ct);
        await db.SupportTasks.Where(t => ids.Contains(t.CustomerId)).ExecuteUpdateAsync(s => s.SetProperty(t => t.Note, (string?)null), ct);
        audit.Add(actor, action, null, data.Customer.Id);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return null;
    }

    static void Forget(Customer c, DateTime now)
    {
        c.FullName = ErasedName;
        c.Email = c.EmailNormalised = c.Phone = c.PhoneKey = c.Address = c.PostcodeKey = c.Language = c.InterpreterLanguage = null;
        c.Uprn = null;
        c.AssistanceNeeds = "";
        c.AccountCreatedAt = null;
        c.Paperless = false;
        // Any session of theirs ends.
        c.SecurityStamp = Guid.NewGuid().ToString("N");
        c.ErasedAt = now;
        c.UpdatedAt = now;
        CustomerNames.Apply(c);
    }
}
