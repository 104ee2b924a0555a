using System.Diagnostics;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Audit;

/// <summary>The audit log as a hash chain: sealed as written, checked by the command and the page, refused changes by the database.</summary>
public abstract class AuditChainTests
{
    protected abstract TestApp NewApp();

    /// <summary>A FrontDoor of its own whose sealing job runs once at start and then only when the test seals.</summary>
    async Task<TestApp> StartAsync()
    {
        var app = NewApp();
        app.Settings.Add(("Audit:SealSeconds", "3600"));
        await app.InitializeAsync();
        return app;
    }

    static Task<(int ExitCode, string Out, string Error)> VerifyAuditAsync(TestApp app) =>
        TestSupport.RunAsync(new ProcessStartInfo("dotnet"), [typeof(Program).Assembly.Location, .. app.CommandSettings, "verify-audit"]);

    static async Task<List<AuditEntry>> WriteAndSealAsync(TestApp app, int count)
    {
        var actor = new Actor(ActorKind.Staff, 7, "Alex Auditor", "192.0.2.7");
        var actions = Enumerable.Range(0, count).Select(i => $"Viewed customer record {Guid.NewGuid():N}").ToList();
        // Written at once by separate requests, as on a busy day.
        await Task.WhenAll(actions.Select(async (action, i) =>
        {
            await using var scope = app.Scope(out _);
            await scope.ServiceProvider.GetRequiredService<AuditLog>().RecordReadAsync(actor, action, null, 1000 + i, default);
        }));
        await SealAllAsync(app);
        await using (var scope = app.Scope(out var db))
            return await db.AuditEntries.AsNoTracking().Where(e => actions.Contains(e.Action)).OrderBy(e => e.Seq).ToListAsync();
    }

    /// <summary>Seals until nothing is left unsealed: a round finds nothing while another node (here, the app's own job) holds the lock.</summary>
    internal static async Task SealAllAsync(TestApp app)
    {
        await using var scope = app.Scope(out var db);
        while (await db.AuditEntries.AnyAsync(e => e.Seq == null))
            if (await AuditChain.SealAsync(db, default) == 0) await Task.Delay(50);
    }

    /// <summary>What only someone with the database's own keys could do: the refusing triggers put aside, then the SQL.</summary>
    static async Task TamperAsync(TestApp app, string sql)
    {
        await using var scope = app.Scope(out var db);
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEntries\" DISABLE TRIGGER USER");
            await db.Database.ExecuteSqlRawAsync(sql);
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEntries\" ENABLE TRIGGER USER");
        }
        else
        {
            var triggers = await db.Database.SqlQueryRaw<string>("SELECT sql AS \"Value\" FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'AuditEntries'").ToListAsync();
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"AuditEntries_NeverRemoved\"; DROP TRIGGER \"AuditEntries_OnlySealed\";");
            await db.Database.ExecuteSqlRawAsync(sql);
            foreach (var trigger in triggers) await db.Database.ExecuteSqlRawAsync(trigger);
        }
    }

    [Fact]
    public async Task Seal_EntriesWrittenAtOnce_EachTakesTheNextPlaceAndTheChainHolds()
    {
        await using var app = await StartAsync();
        var entries = await WriteAndSealAsync(app, 40);

        Assert.Equal(40, entries.Count);
        Assert.All(entries, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
        // Each its own place, in order; other writers (the app's own jobs) may take places between them, and the
        // chain's check below finds any gap in the whole.
        var places = entries.Select(e => e.Seq!.Value).ToList();
        Assert.Equal(40, places.Distinct().Count());
        Assert.Equal(places.Order(), places);
        await using (var scope = app.Scope(out var db))
        {
            // The app's own jobs may write and seal more while it runs: every entry sealed before is checked.
            var sealedBefore = await db.AuditEntries.CountAsync(e => e.Seq != null);
            var result = await AuditChain.VerifyAsync(db, null, default);
            Assert.True(result.Holds);
            Assert.InRange(result.Checked, sealedBefore, long.MaxValue);
        }
        var (exitCode, output, error) = await VerifyAuditAsync(app);
        Assert.True(exitCode == 0, output + error);
        Assert.Contains("The audit log holds", output);
    }

    [Fact]
    public async Task VerifyAudit_EntryAlteredThenOneRemoved_FailsNamingTheFirstBrokenEntry()
    {
        await using var app = await StartAsync();
        var entries = await WriteAndSealAsync(app, 10);
        var (altered, removed) = (entries[3], entries[6]);

        await TamperAsync(app, $"UPDATE \"AuditEntries\" SET \"Action\" = 'Nothing to see' WHERE \"Id\" = {altered.Id}");
        var (exitCode, output, _) = await VerifyAuditAsync(app);
        Assert.Equal(1, exitCode);
        Assert.Contains($"entry {altered.Id} ", output);

        // Put back as it was, the chain holds again; then an entry removed leaves a gap that is named.
        await TamperAsync(app, $"UPDATE \"AuditEntries\" SET \"Action\" = '{altered.Action}' WHERE \"Id\" = {altered.Id}");
        Assert.Equal(0, (await VerifyAuditAsync(app)).ExitCode);
        await TamperAsync(app, $"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {removed.Id}");
        (exitCode, output, _) = await VerifyAuditAsync(app);
        Assert.Equal(1, exitCode);
        Assert.Contains($"numbered {removed.Seq} in the chain has been removed", output);

        // The administrator's page says the same.
        var admin = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        await admin.GetAsync(StaffLinks.AuditCheck);
        await admin.SubmitAsync();
        Assert.Contains("has been removed", admin.Page.QuerySelector("#audit-check")!.TextContent);
    }

    [Fact]
    public async Task Database_ChangeOrRemovalOfAnEntry_Refused()
    {
        await using var app = await StartAsync();
        var entry = (await WriteAndSealAsync(app, 1)).Single();
        await using var scope = app.Scope(out var db);
        foreach (var sql in new[]
        {
            $"UPDATE \"AuditEntries\" SET \"Action\" = 'Rewritten' WHERE \"Id\" = {entry.Id}",
            $"UPDATE \"AuditEntries\" SET \"Seq\" = NULL, \"Hash\" = NULL WHERE \"Id\" = {entry.Id}",
            $"UPDATE \"AuditEntries\" SET \"Hash\" = '{new string('0', 64)}' WHERE \"Id\" = {entry.Id}",
            $"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {entry.Id}",
        })
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Database.ExecuteSqlRawAsync(sql));
        Assert.Equal(entry.Hash, (await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id)).Hash);
    }

    [Fact]
    public async Task AuditPage_Filters_ByCustomerStaffActionAndDate()
    {
        await using var app = await StartAsync();
        var admin = await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null);
        var officer = await StaffAccounts.CreateAsync(app, StaffRole.Officer, "Highways");
        var customer = await TestData.CustomerAsync(app);
        var other = await TestData.CustomerAsync(app);
        var asOfficer = StaffAccounts.As(app, officer);
        await asOfficer.GetAsync(StaffLinks.Customer(customer.Id));
        await asOfficer.GetAsync(StaffLinks.Customer(other.Id));
        var browser = StaffAccounts.As(app, admin);
        await browser.GetAsync(StaffLinks.Customer(customer.Id));

        await browser.GetAsync(StaffLinks.AuditOfCustomer(customer.Id));
        var rows = browser.Page.QuerySelectorAll("#audit tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, r => Assert.Contains($"customer {customer.Id}", r));

        await browser.GetAsync($"{StaffLinks.Audit}?customer={customer.Id}&staff={officer.Id}&action=VIEWED");
        Assert.Contains(officer.Name, Assert.Single(browser.Page.QuerySelectorAll("#audit tbody tr")).TextContent);
        var tomorrow = DateTime.UtcNow.AddDays(1);
        await browser.GetAsync($"{StaffLinks.Audit}?staff={officer.Id}&from-day={tomorrow.Day}&from-month={tomorrow.Month}&from-year={tomorrow.Year}");
        Assert.NotNull(browser.Page.QuerySelector("#no-entries"));

        await browser.GetAsync($"{StaffLinks.Audit}?customer=someone&from-day=31&from-month=2&from-year=2026");
        Assert.Equal(["Enter the customer's number from their record, like 1042", "The first date must be a real date, like 1 4 2026"], browser.ErrorSummary);
    }
}

public class AuditChainTestsOnSqlite : AuditChainTests { protected override TestApp NewApp() => new OwnSqliteApp(); }
public class AuditChainTestsOnPostgres : AuditChainTests { protected override TestApp NewApp() => new OwnPostgresApp(); }
