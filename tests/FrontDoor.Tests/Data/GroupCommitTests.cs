using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Data;

/// <summary>
/// A request's writes through <see cref="GroupCommit"/> are saved all together or not at all, and one request's failure
/// is never another's. On SQLite, requests that arrive together share a transaction and its commit.
/// </summary>
public abstract class GroupCommitTests(TestApp app)
{
    protected static BankHoliday Row() => new() { Division = "group-" + Guid.NewGuid().ToString("N")[..8], Date = new DateOnly(2031, 1, 1), Title = "Test" };

    GroupCommit Commits => app.Services.GetRequiredService<GroupCommit>();

    protected async Task<List<string>> SavedAsync(IEnumerable<BankHoliday> rows)
    {
        var divisions = rows.Select(r => r.Division).ToList();
        await using var scope = app.Scope(out var db);
        return await db.BankHolidays.Where(h => divisions.Contains(h.Division)).Select(h => h.Division).ToListAsync();
    }

    /// <summary>Saves a row, then, when asked to fail, the same row again, which the unique index refuses.</summary>
    protected async Task WriteAsync(BankHoliday row, bool fail = false, Func<FrontDoorDb, Task>? alongside = null)
    {
        await using var scope = app.Scope(out var db);
        await Commits.RunAsync(db, async ct =>
        {
            db.BankHolidays.Add(row);
            await db.SaveChangesAsync(ct);
            if (fail) db.BankHolidays.Add(new BankHoliday { Division = row.Division, Date = row.Date, Title = "Same day twice" });
            if (alongside is not null) await alongside(db);
            await db.SaveChangesAsync(ct);
        }, CancellationToken.None);
    }

    [Fact]
    public async Task WritesThatFail_AreUndoneAlone_AndTheOthersAreSaved()
    {
        var rows = Enumerable.Range(0, 9).Select(_ => Row()).ToList();
        var failing = rows[4];
        var writes = rows.Select(row => Task.Run(() => WriteAsync(row, fail: row == failing))).ToList();

        await Assert.ThrowsAsync<DbUpdateException>(() => writes[4]);
        await Task.WhenAll(writes.Where((_, i) => i != 4));
        var saved = await SavedAsync(rows);
        Assert.Equal(rows.Where(r => r != failing).Select(r => r.Division).Order(), saved.Order());
    }

    [Fact]
    public async Task TheContextWritesAgainOnItsOwnAfterwards()
    {
        var (first, after) = (Row(), Row());
        await using var scope = app.Scope(out var db);
        await Commits.RunAsync(db, async ct =>
        {
            db.BankHolidays.Add(first);
            await db.SaveChangesAsync(ct);
        }, CancellationToken.None);
        db.BankHolidays.Add(after);
        await db.SaveChangesAsync();
        Assert.Equal(2, (await SavedAsync([first, after])).Count);
    }
}

public sealed class GroupCommitTestsOnPostgres(PostgresApp app) : GroupCommitTests(app);

public sealed class GroupCommitTestsOnSqlite(SqliteApp app) : GroupCommitTests(app)
{
    [Fact]
    public async Task RequestsThatArriveWhileOthersWrite_ShareTheirTransaction()
    {
        var rows = Enumerable.Range(0, 3).Select(_ => Row()).ToList();
        var transactions = new System.Collections.Concurrent.ConcurrentBag<System.Data.Common.DbTransaction>();
        Task Record(FrontDoorDb db)
        {
            transactions.Add(db.Database.CurrentTransaction!.GetDbTransaction());
            return Task.CompletedTask;
        }
        Task? others = null;
        // The others queue while the first is writing: they join its transaction rather than wait for its commit.
        await WriteAsync(rows[0], alongside: async db =>
        {
            await Record(db);
            others = Task.WhenAll(rows.Skip(1).Select(row => WriteAsync(row, alongside: Record)));
        });
        await others!;

        Assert.Equal(3, transactions.Count);
        Assert.Single(transactions.Distinct());
        Assert.Equal(3, (await SavedAsync(rows)).Count);
    }

    [Fact]
    public async Task ARequestWhoseWritesFail_IsToldOnlyOnceTheOthersAreOnDisk()
    {
        var (first, failing, last) = (Row(), Row(), Row());
        Task? failed = null, after = null;
        var toldBeforeTheCommit = true;
        await WriteAsync(first, alongside: _ =>
        {
            // Both queue while the first writes, so the three share its transaction: the failure, then one still writing
            // when the failure would be told too soon. What the failed request reads next (the winner of a race for one
            // draft) must be on disk by then.
            failed = WriteAsync(failing, fail: true);
            after = WriteAsync(last, alongside: async _ => toldBeforeTheCommit = await Task.WhenAny(failed, Task.Delay(TimeSpan.FromSeconds(1))) == failed);
            return Task.CompletedTask;
        });
        await after!;
        Assert.False(toldBeforeTheCommit);
        await Assert.ThrowsAsync<DbUpdateException>(() => failed!);
        Assert.Equal(2, (await SavedAsync([first, failing, last])).Count);
    }

    [Fact]
    public async Task EachRequestsWritesRunInItsOwnExecutionContext()
    {
        var request = new AsyncLocal<string>();
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, string?>();
        var rows = Enumerable.Range(0, 6).Select(_ => Row()).ToList();
        await Task.WhenAll(rows.Select(row => Task.Run(async () =>
        {
            request.Value = row.Division;
            await WriteAsync(row, alongside: _ =>
            {
                seen[row.Division] = request.Value;
                return Task.CompletedTask;
            });
        })));
        Assert.All(rows, row => Assert.Equal(row.Division, seen[row.Division]));
    }
}
