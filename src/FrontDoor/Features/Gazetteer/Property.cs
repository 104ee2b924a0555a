namespace FrontDoor.Features.Gazetteer;

/// <summary>A gazetteer entry, keyed by its Unique Property Reference Number.</summary>
public class Property
{
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

    public string SingleLine => string.Join(", ", new[] { AddressLine1, AddressLine2, Street, Town, Postcode }.Where(s => !string.IsNullOrEmpty(s)));

    public static string PostcodeKeyOf(string postcode) => new(postcode.ToUpperInvariant().Where(char.IsLetterOrDigit).ToArray());
}
