using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

/// <summary>
/// On PostgreSQL a new customer's id is known as soon as the record is made, not once it is saved: each node takes
/// ten ids at a time from the column's own sequence (migration 0033 makes it count in tens). So an intake can write
/// its events, which name the customer, in the same save as the customer, one round trip rather than two. A row
/// added outside EF takes the next ten's first id from the same sequence, so the two never meet.
/// </summary>
public static class CustomerIds
{
    /// <summary>The identity column's own sequence, as PostgreSQL names it.</summary>
    public const string Sequence = "Customers_Id_seq";
    public const int TakenAtOnce = 10;

    public static void DrawAhead(ModelBuilder model)
    {
        model.HasSequence<long>(Sequence).IncrementsBy(TakenAtOnce);
        model.Entity<Customer>().Property(c => c.Id).UseHiLo(Sequence);
    }
}
