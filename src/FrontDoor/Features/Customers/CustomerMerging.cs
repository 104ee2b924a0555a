using System.Text.Json;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

/// <summary>
/// Folds one customer record into another: cases, contacts, contact points, notifications and alerts move to
/// the survivor, which keeps its own details and takes the merged record's where it had none. The merged
/// record stays, pointing at the survivor, and everything that moved is listed so the merge can be undone.
/// Rows move straight away (set-based updates), so call it inside a transaction that also saves the merge
/// record and its audit entry: see <see cref="InTransactionAsync"/>.
/// </summary>
public sealed class CustomerMerging(FrontDoorDb db, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<CustomerMerge> MergeAsync(Customer survivor, Customer merged, long? staffId, string reason, CancellationToken ct)
    {
        if (survivor.Id == merged.Id || merged.MergedIntoId is not null || survivor.MergedIntoId is not null)
            throw new InvalidOperationException("Only two different, unmerged records can be merged.");
        var before = new SurvivorBefore(survivor.Email, survivor.EmailNormalised, survivor.Phone, survivor.PhoneKey, survivor.Uprn, survivor.Address,
            survivor.PostcodeKey, survivor.AssistanceNeeds, survivor.InterpreterLanguage, survivor.Language, survivor.AccountCreatedAt);
        var record = new MergeRecord(
            await MoveAsync(db.Cases.Where(c => c.CustomerId == merged.Id), c => c.Id, s => s.SetProperty(c => c.CustomerId, survivor.Id), ct),
            await MoveAsync(db.Contacts.Where(c => c.CustomerId == merged.Id), c => c.Id, s => s.SetProperty(c => c.CustomerId, survivor.Id), ct),
            await MoveAsync(db.ContactPoints.Where(p => p.CustomerId == merged.Id), p => p.Id, s => s.SetProperty(p => p.CustomerId, survivor.Id), ct),
            await MoveAsync(db.OutboxMessages.Where(m => m.CustomerId == merged.Id), m => m.Id, s => s.SetProperty(m => m.CustomerId, survivor.Id), ct),
            await MoveAsync(db.CustomerAlerts.Where(a => a.CustomerId == merged.Id), a => a.Id, s => s.SetProperty(a => a.CustomerId, survivor.Id), ct),
            await MoveAsync(db.PossibleDuplicates.Where(d => d.Status == DuplicateStatus.Open
                    && ((d.FirstId == survivor.Id && d.SecondId == merged.Id) || (d.FirstId == merged.Id && d.SecondId == survivor.Id))),
                d => d.Id, s => s.SetProperty(d => d.Status, DuplicateStatus.Merged), ct),
            before);

        if (survivor.EmailNormalised is null) (survivor.Email, survivor.EmailNormalised) = (merged.Email, merged.EmailNormalised);
        if (survivor.PhoneKey is null) (survivor.Phone, survivor.PhoneKey) = (merged.Phone, merged.PhoneKey);
        if (survivor.Uprn is null && survivor.Address is null) (survivor.Uprn, survivor.Address, survivor.PostcodeKey) = (merged.Uprn, merged.Address, merged.PostcodeKey);
        if (survivor.AssistanceNeeds == "") (survivor.AssistanceNeeds, survivor.InterpreterLanguage) = (merged.AssistanceNeeds, merged.InterpreterLanguage);
        survivor.Language ??= merged.Language;
        // A resident signed in to the merged record carries on, in the survivor.
        survivor.AccountCreatedAt ??= merged.AccountCreatedAt;
        survivor.UpdatedAt = Now;
        merged.MergedIntoId = survivor.Id;
        merged.UpdatedAt = Now;

        var merge = new CustomerMerge { SurvivorId = survivor.Id, Merged = merged, MergedId = merged.Id, StaffId = staffId, Reason = reason, At = Now, MovedJson = JsonSerializer.Serialize(record) };
        db.CustomerMerges.Add(merge);
        return merge;
    }

    /// <summary>Puts back what the merge moved; the survivor's own details return where the merge had filled them in.</summary>
    public async Task UndoAsync(CustomerMerge merge, long staffId, CancellationToken ct)
    {
        if (merge.UndoneAt is not null) throw new InvalidOperationException("This merge has already been undone.");
        var record = JsonSerializer.Deserialize<MergeRecord>(merge.MovedJson)!;
        var survivor = await db.Customers.SingleAsync(c => c.Id == merge.SurvivorId, ct);
        var merged = await db.Customers.SingleAsync(c => c.Id == merge.MergedId, ct);
        var (from, to) = (merge.SurvivorId, merge.MergedId);
        await db.Cases.Where(c => record.Cases.Contains(c.Id) && c.CustomerId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerId, to), ct);
        await db.Contacts.Where(c => record.Contacts.Contains(c.Id) && c.CustomerId == from).ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerId, to), ct);
        await db.ContactPoints.Where(p => record.ContactPoints.Contains(p.Id) && p.CustomerId == from).ExecuteUpdateAsync(s => s.SetProperty(p => p.CustomerId, to), ct);
        await db.OutboxMessages.Where(m => record.Notifications.Contains(m.Id) && m.CustomerId == from).ExecuteUpdateAsync(s => s.SetProperty(m => m.CustomerId, to), ct);
        await db.CustomerAlerts.Where(a => record.Alerts.Contains(a.Id) && a.CustomerId == from).ExecuteUpdateAsync(s => s.SetProperty(a => a.CustomerId, to), ct);
        await db.PossibleDuplicates.Where(d => record.Duplicates.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DuplicateStatus.Open), ct);

        var b = record.Survivor;
        if (survivor.EmailNormalised == merged.EmailNormalised && b.EmailNormalised != merged.EmailNormalised) (survivor.Email, survivor.EmailNormalised) = (b.Email, b.EmailNormalised);
        if (survivor.PhoneKey == merged.PhoneKey && b.PhoneKey != merged.PhoneKey) (survivor.Phone, survivor.PhoneKey) = (b.Phone, b.PhoneKey);
        if (survivor.Uprn == merged.Uprn && survivor.Address == merged.Address && (b.Uprn != merged.Uprn || b.Address != merged.Address))
            (survivor.Uprn, survivor.Address, survivor.PostcodeKey) = (b.Uprn, b.Address, b.PostcodeKey);
        if (survivor.AssistanceNeeds == merged.AssistanceNeeds && b.AssistanceNeeds != merged.AssistanceNeeds)
            (survivor.AssistanceNeeds, survivor.InterpreterLanguage) = (b.AssistanceNeeds, b.InterpreterLanguage);
        if (survivor.Language == merged.Language) survivor.Language = b.Language;
        survivor.AccountCreatedAt = b.AccountCreatedAt;
        survivor.UpdatedAt = Now;
        merged.MergedIntoId = null;
        merged.UpdatedAt = Now;
        merge.UndoneAt = Now;
        merge.UndoneByStaffId = staffId;
    }

    /// <summary>
    /// A resident has just proved they hold this email address: records that gave it without proof (and have no
    /// account of their own) are theirs, so their earlier requests join their account. Before this, nothing links them.
    /// </summary>
    public async Task<int> LinkVerifiedAsync(Customer account, ContactPointKind kind, string key, CancellationToken ct)
    {
        var others = await db.Customers
            .Where(c => c.Id != account.Id && c.MergedIntoId == null && c.AccountCreatedAt == null
                && c.ContactPoints.Any(p => p.Kind == kind && p.Key == key && p.VerifiedAt == null))
            .OrderBy(c => c.Id).ToListAsync(ct);
        foreach (var other in others)
            await MergeAsync(account, other, null, $"The resident verified the {(kind == ContactPointKind.Email ? "email address" : "phone number")} this record gave", ct);
        return others.Count;
    }

    public async Task InTransactionAsync(Func<Task> work, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await work();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    /// <summary>Moves the rows now and returns their ids, in the caller's transaction.</summary>
    static async Task<long[]> MoveAsync<T>(IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, long>> id,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<T>> set, CancellationToken ct) where T : class
    {
        var ids = await rows.Select(id).ToArrayAsync(ct);
        if (ids.Length > 0) await rows.ExecuteUpdateAsync(set, ct);
        return ids;
    }
}
