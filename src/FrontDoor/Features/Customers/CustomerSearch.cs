using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Gazetteer;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

/// <summary>
/// Staff's search for a customer by name (typos and initials forgiven), email, phone, postcode or case
/// reference. Each kind of query is one indexed look-up; names are then ranked by how alike they are.
/// </summary>
public sealed class CustomerSearch(FrontDoorDb db)
{
    public const int MaxResults = 25;
    const int MaxCandidates = 500;
    const int MinimumSimilarity = 60;

    public async Task<List<Customer>> FindAsync(string? query, CancellationToken ct)
    {
        var text = query?.Trim() ?? "";
        if (text.Length < 2) return [];
        var live = db.Customers.AsNoTracking().Include(c => c.Property).Where(c => c.MergedIntoId == null);

        // Look-ups by another table find the ids first: a correlated EXISTS would scan every customer.
        Task<List<Customer>> ByIdsAsync(List<long> ids) => live.Where(c => ids.Contains(c.Id)).OrderBy(c => c.NameKey).Take(MaxResults).ToListAsync(ct);
        if (CaseReference.Normalise(text) is { } reference
            && await db.Cases.Where(x => x.Reference == reference && x.CustomerId != null).Select(x => x.CustomerId!.Value).ToListAsync(ct) is { Count: > 0 } owner)
            return await ByIdsAsync(owner);
        if (text.Contains('@'))
        {
            var email = Customer.NormaliseEmail(text);
            return await ByIdsAsync(await db.ContactPoints.Where(p => p.Kind == ContactPointKind.Email && p.Key == email).Select(p => p.CustomerId).OrderBy(id => id).Take(MaxResults).ToListAsync(ct));
        }
        if (text.Count(char.IsDigit) >= 7 && text.All(ch => char.IsDigit(ch) || ch is ' ' or '+' or '-' or '(' or ')'))
        {
            var phone = Customer.NormalisePhone(text);
            return await ByIdsAsync(await db.ContactPoints.Where(p => p.Kind == ContactPointKind.Phone && p.Key == phone).Select(p => p.CustomerId).OrderBy(id => id).Take(MaxResults).ToListAsync(ct));
        }
        if (Property.IsPostcode(text.ToUpperInvariant()))
        {
            var postcode = Property.PostcodeKeyOf(text);
            return await live.Where(c => c.PostcodeKey == postcode).OrderBy(c => c.NameKey).Take(MaxResults).ToListAsync(ct);
        }

        var name = CustomerNames.Normalise(text);
        var (forename, surname) = CustomerNames.Split(name);
        if (surname.Length < 2) return [];
        var code = CustomerNames.Soundex(surname);
        var initial = forename.Length > 0 ? forename[..1] : null;
        var sameSound = live.Where(c => c.SurnameCode == code);
        if (initial is not null) sameSound = sameSound.Where(c => c.Initial == initial);
        var candidates = await sameSound.OrderBy(c => c.Id).Take(MaxCandidates).ToListAsync(ct);
        return [.. candidates.Select(c => (Customer: c, Score: CustomerNames.Similarity(name, c.NameKey)))
            .Where(x => x.Score >= MinimumSimilarity)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Customer.Id)
            .Take(MaxResults).Select(x => x.Customer)];
    }
}
