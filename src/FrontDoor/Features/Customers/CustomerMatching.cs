using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

/// <summary>Who a new contact says they are: the details a channel collected, not yet trusted.</summary>
public record CustomerDetails(string FullName, string? Email, string? Phone, long? Uprn, string? PostcodeKey);

public record MatchCandidate(Customer Customer, IReadOnlyList<string> Evidence);

/// <param name="Match">The one record that is clearly this person, if there is one.</param>
/// <param name="Possible">Records that may be this person: listed for staff, never merged on a guess.</param>
public record MatchResult(Customer? Match, IReadOnlyList<MatchCandidate> Possible);

/// <summary>
/// Finds whether a customer is already known. A clear match needs a verified email or phone with a name
/// that fits, or the same name at the same address. Anything less (an unverified email, a similar name in
/// the same postcode) is only a possible duplicate.
/// </summary>
public sealed class CustomerMatching(FrontDoorDb db)
{
    /// <summary>Names at least this alike (0-100) count as fitting together.</summary>
    public const int SimilarName = 80;

    public async Task<MatchResult> FindAsync(CustomerDetails details, long? excludeId, CancellationToken ct)
    {
        var nameKey = CustomerNames.Normalise(details.FullName);
        var email = Customer.NormaliseEmail(details.Email);
        var phone = Customer.NormalisePhone(details.Phone);
        var surnameCode = CustomerNames.Soundex(CustomerNames.Split(nameKey).Surname);

        // Each way in is its own indexed look-up: OR-ing them in one query makes both databases scan every customer.
        var ids = new HashSet<long>();
        if (email is not null || phone is not null)
            ids.UnionWith(await ByContactPoint.For(db)(db, email, phone).ToListAsync(ct));
        if (details.PostcodeKey is not null)
            ids.UnionWith(await db.Customers.Where(c => c.PostcodeKey == details.PostcodeKey && c.SurnameCode == surnameCode).Select(c => c.Id).OrderBy(id => id).Take(50).ToListAsync(ct));
        if (details.Uprn is not null)
            ids.UnionWith(await db.Customers.Where(c => c.Uprn == details.Uprn && c.SurnameCode == surnameCode).Select(c => c.Id).OrderBy(id => id).Take(50).ToListAsync(ct));
        if (excludeId is long excluded) ids.Remove(excluded);
        var candidates = ids.Count == 0 ? [] : await db.Customers.Include(c => c.ContactPoints).Include(c => c.Property)
            .Where(c => ids.Contains(c.Id) && c.MergedIntoId == null)
            .OrderBy(c => c.Id).Take(50).AsSplitQuery().ToListAsync(ct);

        Customer? match = null;
        var possible = new List<MatchCandidate>();
        foreach (var candidate in candidates)
        {
            var (clear, evidence) = Compare(candidate, nameKey, email, phone, details);
            if (clear && match is null) match = candidate;
            else if (evidence.Count > 0) possible.Add(new(candidate, evidence));
        }
        return new(match, possible);
    }

    // Asked by every intake that gives an email address or phone number: compiled once.
    static readonly CompiledQuery<Func<FrontDoorDb, string?, string?, IAsyncEnumerable<long>>> ByContactPoint = new(() => EF.CompileAsyncQuery(
        (FrontDoorDb db, string? email, string? phone) => db.ContactPoints
            .Where(p => (p.Kind == ContactPointKind.Email && p.Key == email) || (p.Kind == ContactPointKind.Phone && p.Key == phone))
            .Select(p => p.CustomerId).OrderBy(id => id).Take(50)));

    /// <summary>
    /// The record for a new contact: the clear match, or a new record with its possible duplicates listed
    /// for staff. Either way nothing is saved here; the caller's SaveChanges commits it with the case.
    /// </summary>
    public async Task<Customer> FindOrCreateAsync(CustomerDetails details, DateTime now, CancellationToken ct)
    {
        var found = await FindAsync(details, null, ct);
        if (found.Match is { } match)
        {
            AddContactPoints(match, details, now);
            return match;
        }
        var customer = New(details, now);
        // Async: on PostgreSQL adding it may fetch the next ten ids (CustomerIds).
        await db.Customers.AddAsync(customer, ct);
        foreach (var possible in found.Possible)
            db.PossibleDuplicates.Add(new() { First = possible.Customer, Second = customer, Evidence = string.Join('\n', possible.Evidence), FoundAt = now });
        return customer;
    }

    public static Customer New(CustomerDetails details, DateTime now)
    {
        var customer = new Customer { FullName = details.FullName.Trim(), CreatedAt = now, UpdatedAt = now, Uprn = details.Uprn, PostcodeKey = details.PostcodeKey };
        CustomerNames.Apply(customer);
        AddContactPoints(customer, details, now);
        return customer;
    }

    /// <summary>Keeps what the customer told us this time as contact points, and as their current ones where they had none.</summary>
    static void AddContactPoints(Customer customer, CustomerDetails details, DateTime now)
    {
        if (Customer.NormaliseEmail(details.Email) is { } email)
        {
            if (customer.ContactPoints.All(p => p.Kind != ContactPointKind.Email || p.Key != email))
                customer.ContactPoints.Add(new() { Kind = ContactPointKind.Email, Key = email, Value = details.Email!.Trim(), CreatedAt = now });
            if (customer.EmailNormalised is null) (customer.Email, customer.EmailNormalised) = (details.Email!.Trim(), email);
        }
        if (Customer.NormalisePhone(details.Phone) is { } phone)
        {
            if (customer.ContactPoints.All(p => p.Kind != ContactPointKind.Phone || p.Key != phone))
                customer.ContactPoints.Add(new() { Kind = ContactPointKind.Phone, Key = phone, Value = details.Phone!.Trim(), CreatedAt = now });
            if (customer.PhoneKey is null) (customer.Phone, customer.PhoneKey) = (details.Phone!.Trim(), phone);
        }
        if (customer.Uprn is null && details.Uprn is not null) (customer.Uprn, customer.PostcodeKey) = (details.Uprn, details.PostcodeKey);
    }

    static (bool Clear, List<string> Evidence) Compare(Customer c, string nameKey, string? email, string? phone, CustomerDetails details)
    {
        var similarity = CustomerNames.Similarity(nameKey, c.NameKey);
        var sameName = nameKey == c.NameKey;
        var nameFits = similarity >= SimilarName;
        var evidence = new List<string>();
        var clear = false;

        // After a merge a record can hold the same address twice, verified and not: the verified one speaks for it.
        if (email is not null && Strongest(c, ContactPointKind.Email, email) is { } e)
        {
            evidence.Add(e.VerifiedAt is null ? "Same email address (not verified)" : "Same verified email address");
            clear |= e.VerifiedAt is not null && nameFits;
        }
        if (phone is not null && Strongest(c, ContactPointKind.Phone, phone) is { } p)
        {
            evidence.Add(p.VerifiedAt is null ? "Same phone number (not verified)" : "Same verified phone number");
            clear |= p.VerifiedAt is not null && nameFits;
        }
        var sameAddress = details.Uprn is not null && c.Uprn == details.Uprn;
        if (sameAddress) evidence.Add("Same address");
        else if (details.PostcodeKey is not null && c.PostcodeKey == details.PostcodeKey) evidence.Add("Same postcode");
        clear |= sameName && sameAddress;

        // A different name sharing one email, or only a home, is a household rather than one person.
        if (evidence.Count == 0 || (!nameFits && (evidence.Count < 2 || evidence.All(x => x.Contains("postcode") || x.Contains("address")))))
            return (false, []);
        evidence.Insert(0, sameName ? "Same name" : nameFits ? $"Similar name ({similarity}% alike)" : "Different name");
        return (clear, evidence);
    }

    static ContactPoint? Strongest(Customer c, ContactPointKind kind, string key) =>
        c.ContactPoints.Where(p => p.Kind == kind && p.Key == key).OrderByDescending(p => p.VerifiedAt is not null).FirstOrDefault();
}
