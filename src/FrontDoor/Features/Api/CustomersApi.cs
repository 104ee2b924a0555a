using FrontDoor.Shared;
using Microsoft.AspNetCore.Http.HttpResults;
using FrontDoor.Data;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Events;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Api;

/// <summary>Customer records for clients with the customers:read scope. Every read and search is audited, as a member of staff's would be.</summary>
public static class CustomersApi
{
    public static void Map(RouteGroupBuilder group)
    {
        var read = ApiClientsSetup.PolicyFor(ApiScopes.ReadCustomers);
        group.MapGet("/", SearchAsync).RequireAuthorization(read).WithName("SearchCustomers")
            .WithSummary("Search by name (typos allowed), email, phone, postcode or case reference");
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(read).WithName("GetCustomer").WithSummary("One customer record");
    }

    static async Task<Results<Ok<List<CustomerJson>>, ValidationProblem>> SearchAsync(string? q, CustomerSearch search, AuditLog audit, HttpContext context, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Trim().Length < 2)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Enter at least 2 characters to search for"] });
        var found = await search.FindAsync(q, ct);
        await audit.RecordReadAsync(context.Actor(), $"Searched customers through the API ({found.Count} found)", null, null, ct);
        return TypedResults.Ok(found.Select(c => CustomerJson.From(c, c.Property?.SingleLine ?? c.Address)).ToList());
    }

    static async Task<Results<Ok<CustomerJson>, NotFoundProblem>> GetAsync(long id, FrontDoorDb db, AuditLog audit, HttpContext context, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().Include(c => c.Property).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null) return new NotFoundProblem($"There is no customer {id}");
        await audit.RecordReadAsync(context.Actor(), "Read customer record through the API", null, id, ct);
        return TypedResults.Ok(CustomerJson.From(customer, customer.Property?.SingleLine ?? customer.Address));
    }
}
