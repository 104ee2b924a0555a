using System.Globalization;
using CsvHelper;
using FrontDoor.Data;
using FrontDoor.Features.Forms;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Gazetteer;

public record RejectedRow(long Line, string? Uprn, string Reason);

public record ImportReport(int Added, int Updated, IReadOnlyList<RejectedRow> Rejected, string? FileError = null)
{
    public static ImportReport Failed(string error) => new(0, 0, [], error);
}

/// <summary>
/// Loads properties from a CSV laid out like a local land and property gazetteer export (see
/// docs/gazetteer-import.md): upserts by UPRN, in batches, and reports each rejected row with the reason.
/// </summary>
public sealed class GazetteerImport(FrontDoorDb db)
{
    public static readonly string[] Required = ["UPRN", "ADDRESS_LINE_1", "STREET", "TOWN", "POSTCODE", "WARD"];
    public static readonly string[] Optional = ["ADDRESS_LINE_2", "EASTING", "NORTHING", "LATITUDE", "LONGITUDE", "CLASSIFICATION"];
    const int BatchSize = 1000;
    const int MaxReported = 1000;

    public async Task<ImportReport> RunAsync(Stream csvFile, CancellationToken ct)
    {
        await using var csv = CsvReader.Create(csvFile, new CsvReaderOptions { TrimWhitespace = true, TrackLineNumbers = true });
        try { await csv.ReadHeaderAsync(ct); }
        catch (CsvFormatException) { return ImportReport.Failed("The file is not a CSV file we can read"); }
        if (csv.Headers.Count == 0) return ImportReport.Failed("The file is empty");
        var headers = csv.Headers.Select(h => h.Trim().ToUpperInvariant()).ToHashSet();
        var missing = Required.Where(h => !headers.Contains(h)).ToList();
        if (missing.Count > 0) return ImportReport.Failed($"The file must have the columns {string.Join(", ", Required)}. Missing: {string.Join(", ", missing)}");
        var hasLatLong = headers.Contains("LATITUDE") && headers.Contains("LONGITUDE");
        var hasGrid = headers.Contains("EASTING") && headers.Contains("NORTHING");
        if (!hasLatLong && !hasGrid) return ImportReport.Failed("The file must have EASTING and NORTHING, or LATITUDE and LONGITUDE");

        int added = 0, updated = 0, rejectedCount = 0;
        var rejected = new List<RejectedRow>();
        var seen = new HashSet<long>();
        var batch = new List<Property>();
        while (await csv.ReadAsync(ct))
        {
            var line = csv.LineNumber;
            string? Field(string name) => headers.Contains(name) ? NullIfEmpty(csv.GetStringOrNull(name)) : null;
            var (property, reason) = Parse(Field, hasGrid);
            if (property is not null && !seen.Add(property.Uprn)) (property, reason) = (null, "The UPRN appears more than once in the file");
            if (property is null)
            {
                if (rejectedCount++ < MaxReported) rejected.Add(new(line, Field("UPRN"), reason!));
                continue;
            }
            batch.Add(property);
            if (batch.Count == BatchSize) { var (a, u) = await SaveAsync(batch, ct); added += a; updated += u; batch.Clear(); }
        }
        if (batch.Count > 0) { var (a, u) = await SaveAsync(batch, ct); added += a; updated += u; }
        return new(added, updated, rejected, rejectedCount > MaxReported ? $"{rejectedCount} rows were rejected; the first {MaxReported} are listed" : null);
    }

    static (Property? Property, string? Reason) Parse(Func<string, string?> field, bool hasGrid)
    {
        if (!long.TryParse(field("UPRN"), NumberStyles.None, CultureInfo.InvariantCulture, out var uprn) || uprn is < 1 or > 999_999_999_999)
            return (null, "The UPRN must be a whole number of up to 12 digits");
        foreach (var name in Required.Skip(1))
            if (field(name) is null) return (null, $"{name} is missing");
        foreach (var name in Required.Concat(Optional))
            if (field(name) is { } value && (value.Length > 200 || AnswerValidator.LooksLikeHtml(value))) return (null, $"{name} is longer than 200 characters or contains < or >");
        var postcode = field("POSTCODE")!.ToUpperInvariant();
        if (!Property.IsPostcode(postcode)) return (null, $"The postcode {postcode} is not a valid UK postcode");

        double lat, lon;
        int? easting = null, northing = null;
        if (hasGrid && field("EASTING") is not null)
        {
            if (!double.TryParse(field("EASTING"), CultureInfo.InvariantCulture, out var e) || !double.TryParse(field("NORTHING"), CultureInfo.InvariantCulture, out var n)
                || !BritishNationalGrid.IsOnGrid(e, n))
                return (null, "The easting and northing must be numbers on the British National Grid");
            (easting, northing) = ((int)Math.Round(e), (int)Math.Round(n));
            (lat, lon) = field("LATITUDE") is null ? BritishNationalGrid.ToLatLong(e, n) : (0, 0);
            if (field("LATITUDE") is not null && !TryLatLong(field, out lat, out lon)) return (null, "The latitude and longitude must be in the UK");
        }
        else if (!TryLatLong(field, out lat, out lon)) return (null, "Give the easting and northing, or the latitude and longitude in the UK");

        var property = new Property
        {
            Uprn = uprn,
            AddressLine1 = field("ADDRESS_LINE_1")!,
            AddressLine2 = field("ADDRESS_LINE_2"),
            Street = field("STREET")!,
            Town = field("TOWN")!,
            Postcode = FormatPostcode(postcode),
            PostcodeKey = "",
            Ward = field("WARD")!,
            Latitude = lat,
            Longitude = lon,
            Easting = easting,
            Northing = northing,
            Classification = field("CLASSIFICATION"),
        };
        property.ApplySearchKeys();
        return (property, null);
    }

    static bool TryLatLong(Func<string, string?> field, out double lat, out double lon)
    {
        lon = 0;
        return double.TryParse(field("LATITUDE"), CultureInfo.InvariantCulture, out lat) && lat is >= 49 and <= 61
            && double.TryParse(field("LONGITUDE"), CultureInfo.InvariantCulture, out lon) && lon is >= -9 and <= 2.5;
    }

    static string FormatPostcode(string postcode)
    {
        var key = Property.PostcodeKeyOf(postcode);
        return key[..^3] + " " + key[^3..];
    }

    // A gazetteer export is text from outside too: cleaned like any other channel.
    static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : Shared.TextFromOutside.Clean(value).Trim() is { Length: > 0 } clean ? clean : null;

    async Task<(int Added, int Updated)> SaveAsync(List<Property> batch, CancellationToken ct)
    {
        var uprns = batch.Select(p => p.Uprn).ToList();
        var existing = await db.Properties.Where(p => uprns.Contains(p.Uprn)).ToDictionaryAsync(p => p.Uprn, ct);
        foreach (var incoming in batch)
        {
            if (existing.TryGetValue(incoming.Uprn, out var current)) db.Entry(current).CurrentValues.SetValues(incoming);
            else db.Properties.Add(incoming);
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return (batch.Count - existing.Count, existing.Count);
    }
}
