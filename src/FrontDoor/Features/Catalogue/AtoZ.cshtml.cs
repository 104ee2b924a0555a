using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue;

/// <summary>One line of the A to Z: a title a resident might look for, and the service it leads to.</summary>
public record AzEntry(string Title, Service Service);

[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = FrontDoor.Features.Catalogue.PublicPages.Policy)]
public class AtoZModel(FrontDoorDb db) : PageModel
{
    public List<IGrouping<char, AzEntry>> ByLetter { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var services = await db.Services.AsNoTracking().Where(s => s.Status == ServiceStatus.Live).ToListAsync(ct);
        ByLetter = [.. Entries(services).GroupBy(e => Letter(e.Title))];
    }

    /// <summary>Each live service under each of its titles, in title order: "Report a missed bin" under R and "Bins: report a missed collection" under B.</summary>
    public static IEnumerable<AzEntry> Entries(IEnumerable<Service> services) => services
        .SelectMany(s => s.AzTitles.Distinct(StringComparer.OrdinalIgnoreCase).Select(t => new AzEntry(t, s)))
        .OrderBy(e => e.Title, StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles that start with a digit or a sign are listed together under #.</summary>
    static char Letter(string title) => char.IsAsciiLetter(title[0]) ? char.ToUpperInvariant(title[0]) : '#';
}
