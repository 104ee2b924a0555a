using System.Text.RegularExpressions;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Gazetteer;

/// <summary>
/// Finds properties by postcode (whole or the start of one) or by part of an address ("12 High St",
/// "Rose Cottage"). Every path is an index range on an upper-cased key, so it stays quick at a million properties.
/// </summary>
public sealed partial class AddressSearch(FrontDoorDb db)
{
    public const int MaxResults = 50;

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]?( ?[0-9]([A-Z]{1,2})?)?$")]
    private static partial Regex PostcodeStart();

    public static bool LooksLikePostcode(string text) => PostcodeStart().IsMatch(text.Trim().ToUpperInvariant());

    public async Task<List<Property>> FindAsync(string? query, CancellationToken ct)
    {
        var text = query?.Trim() ?? "";
        if (text.Length < 2) return [];
        var properties = db.Properties.AsNoTracking();
        if (LooksLikePostcode(text))
        {
            var key = Property.PostcodeKeyOf(text);
            var end = AfterPrefix(key);
            return await properties.Where(p => p.PostcodeKey.CompareTo(key) >= 0 && p.PostcodeKey.CompareTo(end) < 0)
                .OrderBy(p => p.PostcodeKey).ThenBy(p => p.Uprn).Take(MaxResults).ToListAsync(ct);
        }
        var words = Property.SearchKeyOf(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return [];
        var number = words.FirstOrDefault(w => char.IsDigit(w[0]));
        var name = string.Join(' ', words.Where(w => w != number));
        if (name.Length < 2) return [];
        var upper = AfterPrefix(name);
        // "12 High St": the number picks the house on streets that start with the words.
        var onStreet = properties.Where(p => p.StreetKey.CompareTo(name) >= 0 && p.StreetKey.CompareTo(upper) < 0);
        if (number is not null)
            onStreet = onStreet.Where(p => p.AddressKey == number || p.AddressKey.StartsWith(number + " ") || p.AddressKey.Contains(" " + number + " "));
        var found = await onStreet.OrderBy(p => p.StreetKey).ThenBy(p => p.Uprn).Take(MaxResults).ToListAsync(ct);
        // "Rose Cottage", "Flat 2": a named first line.
        var startsLine = number is null ? name : number + " " + name;
        var lineEnd = AfterPrefix(startsLine);
        found.AddRange(await properties.Where(p => p.AddressKey.CompareTo(startsLine) >= 0 && p.AddressKey.CompareTo(lineEnd) < 0)
            .OrderBy(p => p.AddressKey).ThenBy(p => p.Uprn).Take(MaxResults).ToListAsync(ct));
        return [.. found.DistinctBy(p => p.Uprn).Take(MaxResults)];
    }

    /// <summary>The first string after every one that starts with the prefix, so "starts with" is an index range in any collation.</summary>
    public static string AfterPrefix(string prefix) => prefix[..^1] + (char)(prefix[^1] + 1);
}
