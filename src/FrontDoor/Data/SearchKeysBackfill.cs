using FrontDoor.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Data;

/// <summary>
/// Fills the search keys and contact points that migration 0004 added, for rows written before it.
/// SQL cannot compute a Soundex code the same way on both databases, so this runs once, in batches, at start;
/// afterwards each start costs two index look-ups that find nothing.
/// </summary>
public static class SearchKeysBackfill
{
    public static async Task RunAsync(FrontDoorDb db, CancellationToken ct = default)
    {
        while (await db.Properties.Where(p => p.StreetKey == "").OrderBy(p => p.Uprn).Take(1000).ToListAsync(ct) is { Count: > 0 } properties)
        {
            foreach (var p in properties) p.ApplySearchKeys();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        while (await db.Customers.Include(c => c.ContactPoints).Where(c => c.SurnameCode == "").OrderBy(c => c.Id).Take(1000).ToListAsync(ct) is { Count: > 0 } customers)
        {
            foreach (var c in customers)
            {
                CustomerNames.Apply(c);
                // A name without letters has no code: mark it done, or it would be read again at every start.
                if (c.SurnameCode == "") c.SurnameCode = "-";
                c.PhoneKey = Customer.NormalisePhone(c.Phone);
                if (c.EmailNormalised is { } email && c.ContactPoints.All(p => p.Key != email))
                    c.ContactPoints.Add(new() { Kind = ContactPointKind.Email, Key = email, Value = c.Email!, CreatedAt = c.CreatedAt });
                if (c.PhoneKey is { } phone && c.ContactPoints.All(p => p.Key != phone))
                    c.ContactPoints.Add(new() { Kind = ContactPointKind.Phone, Key = phone, Value = c.Phone!, CreatedAt = c.CreatedAt });
                if (c.UpdatedAt == default) c.UpdatedAt = c.CreatedAt;
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}
