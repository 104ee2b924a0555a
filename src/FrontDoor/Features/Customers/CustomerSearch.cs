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

        if (CaseReference.Normalise(text) is { } reference)
        {
            var byCase = await live.Where(c => db.Cases.Any(x => x.Reference == reference && x.CustomerId == c.Id)).ToListAsync(ct);
            if (byCase.Count > 0) return byCase;
        }
        if (text.Contains('@'))
        {
            var email = Customer.NormaliseEmail(text);
            return await live.Where(c => c.ContactPoints.Any(p => p.Kind == ContactPointKind.Email && p.Key == email)).Take(MaxResults).ToListAsync(ct);
        }
        if (text.Count(char.IsDigit) >= 7 && text.All(ch => char.IsDigit(ch) || ch is ' ' or '+' or '-' or '(' or ')'))
        {
            var phone = Customer.NormalisePhone(text);
            return await live.Where(c => c.ContactPoints.Any(p => p.Kind == ContactPointKind.Phone && p.Key == phone)).Take(MaxResults).ToListAsync(ct);
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
        var candidates = await live.Where(c => c.SurnameCode == code && (initial == null || c.Initial == initial))
            .Take(MaxCandidates).ToListAsync(ct);
        return [.. candidates.Select(c => (Customer: c, Score: CustomerNames.Similarity(name, c.NameKey)))
            .Where(x => x.Score >= MinimumSimilarity)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Customer.Id)
            .Take(MaxResults).Select(x => x.Customer)];
    }
}
