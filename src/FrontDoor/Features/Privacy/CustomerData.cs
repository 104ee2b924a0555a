using FrontDoor.Data;
using FrontDoor.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Privacy;

/// <summary>
/// Everything FrontDoor holds about one person: their record and the records merged into it (one person seen twice is
/// still one person), and what hangs off them. What subject access exports and erasure removes, found the same way.
/// </summary>
public sealed record CustomerData(Customer Customer, IReadOnlyList<long> CustomerIds, IReadOnlyList<long> CaseIds)
{
    public static async Task<CustomerData?> FindAsync(FrontDoorDb db, long customerId, CancellationToken ct)
    {
        var customer = await db.Customers.Include(c => c.Property).Include(c => c.ContactPoints).SingleOrDefaultAsync(c => c.Id == customerId, ct);
        if (customer is null) return null;
        // Records merged into this one, and any merged into those in turn.
        var ids = new List<long> { customerId };
        for (var frontier = ids.ToList(); frontier.Count > 0;)
        {
            frontier = await db.Customers.Where(c => c.MergedIntoId != null && frontier.Contains(c.MergedIntoId.Value) && !ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
            ids.AddRange(frontier);
        }
        var cases = await db.Cases.Where(c => c.CustomerId != null && ids.Contains(c.CustomerId.Value)).OrderBy(c => c.CreatedAt).Select(c => c.Id).ToListAsync(ct);
        return new(customer, ids, cases);
    }
}
