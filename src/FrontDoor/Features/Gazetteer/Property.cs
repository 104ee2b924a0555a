using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Gazetteer;

/// <summary>A gazetteer entry, keyed by its Unique Property Reference Number.</summary>
public partial class Property
{
    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodeShape();

    /// <summary>A full UK postcode, upper case, with or without its space.</summary>
    public static bool IsPostcode(string upper) => upper.Length <= 10 && PostcodeShape().IsMatch(upper);

    public long Uprn { get; set; }
    public required string AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public required string Street { get; set; }
    public required string Town { get; set; }
    public required string Postcode { get; set; }
    /// <summary>Postcode upper-cased without spaces, for look-ups.</summary>
    public required string PostcodeKey { get; set; }
    public required string Ward { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
    public int? Easting { get; set; }
    public int? Northing { get; set; }
    /// <summary>The gazetteer's classification code, such as RD04 (terraced house) or CR (retail).</summary>
    public string? Classification { get; set; }
    /// <summary>Upper-case words of the street and of the first address line, for prefix searches.</summary>
    public string StreetKey { get; set; } = "";
    public string AddressKey { get; set; } = "";

    /// <summary>The address on one line; the street is left out when the first lines already end with it ("12 Oak Road").</summary>
    public string SingleLine => string.Join(", ", new[]
    {
        AddressLine1, AddressLine2,
        (AddressLine2 ?? AddressLine1).EndsWith(Street, StringComparison.OrdinalIgnoreCase) ? null : Street,
        Town, Postcode,
    }.Where(s => !string.IsNullOrEmpty(s)));

    public void ApplySearchKeys()
    {
        PostcodeKey = PostcodeKeyOf(Postcode);
        StreetKey = SearchKeyOf(Street);
        AddressKey = SearchKeyOf(AddressLine1);
    }

    public static string SearchKeyOf(string text) => string.Join(' ',
        new string(text.ToUpperInvariant().Select(ch => char.IsLetterOrDigit(ch) ? ch : ' ').ToArray()).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public static string PostcodeKeyOf(string postcode) => new(postcode.ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
}

sealed class PropertyConfiguration : IEntityTypeConfiguration<Property>
{
    public void Configure(EntityTypeBuilder<Property> e)
    {
        e.HasKey(p => p.Uprn);
        e.Property(p => p.Uprn).ValueGeneratedNever();
        e.HasIndex(p => p.PostcodeKey);
        e.HasIndex(p => p.StreetKey);
        e.HasIndex(p => p.AddressKey);
    }
}
