using System.Text.Json;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Requests;

/// <summary>
/// The events an intake writes name its customer, whether the customer is new or known, and however the customer's id
/// came (saved first on SQLite, drawn ahead on PostgreSQL).
/// </summary>
public abstract class IntakeCustomerIdsTests(TestApp app)
{
    protected TestApp App => app;

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
}

public sealed class IntakeCustomerIdsTestsOnSqlite(SqliteApp app) : IntakeCustomerIdsTests(app);

public sealed class IntakeCustomerIdsTestsOnPostgres(PostgresApp app) : IntakeCustomerIdsTests(app)
{
    [Fact]
    public async Task CustomersAddedOutsideEfAndByIntake_NeverShareAnId()
    {
        var ids = new List<long>();
        for (var round = 0; round < 3; round++)
        {
            ids.Add((await TestData.CaseAsync(App)).CustomerId!.Value);
            await using var scope = App.Scope(out var db);
            // As a bulk import or a hand-written fix would: no id given, so the column's sequence chooses.
            ids.Add((await db.Database.SqlQueryRaw<long>("""
                INSERT INTO "Customers" ("FullName", "CreatedAt", "UpdatedAt", "AssistanceNeeds", "ContactBy", "Paperless", "NameKey", "SurnameCode", "ForenameCode", "Initial")
                VALUES ('Added Elsewhere', now(), now(), '', 'Email', false, '', '', '', '') RETURNING "Id" AS "Value"
                """).ToListAsync()).Single());
        }
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
