using System.Reflection;
using System.Text.Json;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Calendar;

/// <summary>
/// GOV.UK's published bank holidays (https://www.gov.uk/bank-holidays.json): read, checked, and loaded a division at a
/// time. FrontDoor ships a copy, loaded into an empty database; a council imports a newer one when GOV.UK adds a year.
/// </summary>
public static class BankHolidayFile
{
    public static readonly IReadOnlyList<(string Code, string Name)> Divisions =
        [("england-and-wales", "England and Wales"), ("scotland", "Scotland"), ("northern-ireland", "Northern Ireland")];

    record Division(string? DivisionName, List<Event>? Events);
    record Event(string? Title, string? Date);

    /// <summary>The holidays in the file by division, or every problem with it, each with where in the file it is.</summary>
    public static (Dictionary<string, List<BankHoliday>>? Holidays, List<string> Problems) Read(Stream json)
    {
        var problems = new List<string>();
        Dictionary<string, JsonElement>? root;
        try
        {
            root = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json);
        }
        catch (JsonException ex)
        {
            return (null, [$"The file is not GOV.UK's bank holidays JSON: {ex.Message.Split('.')[0]}"]);
        }
        if (root is null || root.Count == 0) return (null, ["The file has no divisions"]);
        var holidays = new Dictionary<string, List<BankHoliday>>();
        foreach (var (division, body) in root)
        {
            if (!Divisions.Any(d => d.Code == division)) { problems.Add($"{division}: not a division (use england-and-wales, scotland or northern-ireland)"); continue; }
            if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            {
                problems.Add($"{division}: has no list of events");
                continue;
            }
            var list = new List<BankHoliday>();
            var i = 0;
            foreach (var e in events.EnumerateArray())
            {
                var where = $"{division}.events[{i++}]";
                var title = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()!.Trim() : "";
                var dateText = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;
                if (title.Length is 0 or > 100) problems.Add($"{where}.title: give a title of 100 characters or less");
                if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", out var date)) problems.Add($"{where}.date: give a date like 2027-12-27");
                else if (list.Any(h => h.Date == date)) problems.Add($"{where}.date: {dateText} is listed twice");
                else list.Add(new() { Division = division, Date = date, Title = title });
            }
            holidays[division] = list;
        }
        return problems.Count == 0 ? (holidays, problems) : (null, problems);
    }

    /// <summary>Replaces the holidays of each division in the file, in the caller's transaction.</summary>
    public static async Task ReplaceAsync(FrontDoorDb db, Dictionary<string, List<BankHoliday>> holidays, CancellationToken ct)
    {
        foreach (var (division, list) in holidays)
        {
            await db.BankHolidays.Where(h => h.Division == division).ExecuteDeleteAsync(ct);
            db.BankHolidays.AddRange(list);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An empty database gets the copy FrontDoor ships.</summary>
    public static async Task EnsureLoadedAsync(FrontDoorDb db, CancellationToken ct = default)
    {
        if (await db.BankHolidays.AnyAsync(ct)) return;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FrontDoor.Features.Calendar.bank-holidays.json")
            ?? throw new InvalidOperationException("bank-holidays.json is not embedded");
        await ReplaceAsync(db, Read(stream).Holidays!, ct);
    }
}
