using FrontDoor.Data;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Customers;

/// <summary>
/// <c>find-duplicates ids.txt</c>: runs the matching that intake uses against existing records, for each
/// customer id in the file, and prints "id,candidate" for every record it would link or list. The benchmark
/// scores these pairs against the duplicates it planted.
/// </summary>
public static class DuplicateCheckCommand
{
    public static readonly Shared.AppCommand Command = new("find-duplicates", "<ids.txt>",
        "Prints \"id,candidate\" for each record intake's matching would link to or list for each customer id in the file", RunAsync);

    static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args is not [var path, ..] || !File.Exists(path))
        {
            await Console.Error.WriteLineAsync("Give the path of a file of customer ids that exists: find-duplicates <ids.txt>");
            return 2;
        }
        await app.PrepareDatabaseAsync();
        foreach (var line in await File.ReadAllLinesAsync(path))
        {
            if (!long.TryParse(line, out var id)) continue;
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
            var customer = await db.Customers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
            if (customer is null) continue;
            var found = await scope.ServiceProvider.GetRequiredService<CustomerMatching>()
                .FindAsync(new(customer.FullName, customer.Email, customer.Phone, customer.Uprn, customer.PostcodeKey), id, default);
            foreach (var other in found.Possible.Select(p => p.Customer).Prepend(found.Match).OfType<Customer>())
                Console.WriteLine($"{id},{other.Id}");
        }
        return 0;
    }
}
