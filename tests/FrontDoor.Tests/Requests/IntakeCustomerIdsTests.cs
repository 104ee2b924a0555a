using System.Text.Json;
using FrontDoor.Features.Customers;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Requests;

/// <summary>
/// The events an intake writes name its customer, whether the customer is new or known, and however the customer's id
/// came (drawn ahead from SQLite's counter or PostgreSQL's sequence); and no two customers ever share an id.
/// </summary>
public abstract class IntakeCustomerIdsTests(TestApp app)
{
    [Fact]
    public async Task TheCreatedEventNamesTheCustomer_NewOrKnown()
    {
        var first = await TestData.CaseAsync(app);
        // A signed-in resident's request is theirs: the customer is known before anything is saved.
        var again = await TestData.CaseAsync(app, signedInCustomerId: first.CustomerId);
        Assert.Equal(first.CustomerId, again.CustomerId);

        foreach (var c in new[] { first, again })
        {
            await using var scope = app.Scope(out var db);
            var payloads = await db.OutboxEvents.Where(e => e.Type == FrontDoor.Features.Events.EventTypes.CaseCreated && e.PayloadJson.Contains(c.Reference))
                .Select(e => e.PayloadJson).ToListAsync();
            var named = JsonDocument.Parse(Assert.Single(payloads)).RootElement.GetProperty("case").GetProperty("customer_id").GetInt64();
            Assert.Equal(c.CustomerId, named);
            Assert.True(await db.Customers.AnyAsync(x => x.Id == named));
        }
    }

    [Fact]
    public async Task CustomersAddedOutsideEfAndByIntake_NeverShareAnId()
    {
        var ids = new List<long>();
        for (var round = 0; round < 3; round++)
        {
            ids.Add((await TestData.CaseAsync(app)).CustomerId!.Value);
            ids.Add(await AddedElsewhereAsync());
        }
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task ACustomerAddedInATransactionThatRollsBack_LeavesNoIdToBeTakenTwice()
    {
        await using (var scope = app.Scope(out var db))
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var customer = CustomerMatching.New(new("Rolled Back", null, null, null, null), DateTime.UtcNow);
            await db.Customers.AddAsync(customer);
            Assert.NotEqual(0, customer.Id);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        var elsewhere = await AddedElsewhereAsync();
        var byIntake = (await TestData.CaseAsync(app)).CustomerId!.Value;
        Assert.NotEqual(elsewhere, byIntake);
    }

    /// <summary>A customer added as a bulk import or a hand-written fix would: no id given, so the database chooses.</summary>
    async Task<long> AddedElsewhereAsync()
    {
        await using var scope = app.Scope(out var db);
        var (now, no) = db.IsPostgres ? ("now()", "false") : ("datetime('now')", "0");
        // Two literals, one per database: nothing from outside goes into the statement.
        var insert = $"""
            INSERT INTO "Customers" ("FullName", "CreatedAt", "UpdatedAt", "AssistanceNeeds", "ContactBy", "Paperless", "NameKey", "SurnameCode", "ForenameCode", "Initial")
            VALUES ('Added Elsewhere', {now}, {now}, '', 'Email', {no}, '', '', '', '') RETURNING "Id" AS "Value"
            """;
        return (await db.Database.SqlQueryRaw<long>(insert).ToListAsync()).Single();
    }
}

public sealed class IntakeCustomerIdsTestsOnSqlite(SqliteApp app) : IntakeCustomerIdsTests(app);
public sealed class IntakeCustomerIdsTestsOnPostgres(PostgresApp app) : IntakeCustomerIdsTests(app);
