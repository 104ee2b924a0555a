using CsvHelper;

namespace FrontDoor.Features.Performance;

public static class CsvFile
{
    /// <summary>
    /// Records as CSV (RFC 4180, UTF-8). A field that a spreadsheet would run as a formula (a service someone named
    /// "=HYPERLINK(...)") is escaped so it opens as text.
    /// </summary>
    public static byte[] Of(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> records)
    {
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord([.. header]);
            foreach (var record in records) csv.WriteRecord([.. record]);
            csv.Flush();
        }
        return bytes.ToArray();
    }
}
