using FrontDoor.Features.Calendar;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Data;

/// <summary>
/// SQLite's writers queue in the process for their turn (Data/SqliteWriters). However a transaction ends, the turn
/// comes back: a turn kept by mistake would stop every later write, which each test here would meet as a timeout.
/// </summary>
public sealed class SqliteWritersTests(SqliteApp app)
{
    static BankHoliday Row() => new() { Division = "writers-" + Guid.NewGuid().ToString("N")[..8], Date = new DateOnly(2030, 1, 1), Title = "Test" };

    public enum Ending { Commit, Rollback, ThrownWithConnectionOpened, ThrownWithConnectionLeftToEf, SaveFailed }

    [Theory]
    [InlineData(Ending.Commit)]
    [InlineData(Ending.Rollback)]
    [InlineData(Ending.ThrownWithConnectionOpened)]
    [InlineData(Ending.ThrownWithConnectionLeftToEf)]
    [InlineData(Ending.SaveFailed)]
    public async Task HoweverATransactionEnds_TheNextWriterGetsItsTurn(Ending ending)
    {
        var first = Row();
        await using (var scope = app.Scope(out var db))
        {
            try
            {
                if (ending == Ending.ThrownWithConnectionOpened) await db.Database.OpenConnectionAsync();
                await using var tx = await db.Database.BeginTransactionAsync();
                db.BankHolidays.Add(first);
                if (ending == Ending.SaveFailed) db.BankHolidays.Add(new BankHoliday { Division = first.Division, Date = first.Date, Title = "Same day twice" });
                await db.SaveChangesAsync();
                if (ending == Ending.Commit) await tx.CommitAsync();
                else if (ending == Ending.Rollback) await tx.RollbackAsync();
                else throw new InvalidOperationException("Something went wrong before the commit");
            }
            catch (Exception e) when (e is InvalidOperationException or DbUpdateException) { }
        }

        // Two writers after it, each in a transaction of its own: both would wait out the timeout behind a turn never given back.
        var later = new[] { Row(), Row() };
        await Task.WhenAll(later.Select(async row =>
        {
            await using var scope = app.Scope(out var db);
            await using var tx = await db.Database.BeginTransactionAsync();
            db.BankHolidays.Add(row);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }));

        await using var check = app.Scope(out var read);
        var divisions = later.Select(r => r.Division).Append(first.Division).ToList();
        var saved = await read.BankHolidays.Where(h => divisions.Contains(h.Division)).Select(h => h.Division).ToListAsync();
        Assert.Equal(ending == Ending.Commit ? 3 : 2, saved.Count);
        Assert.Equal(ending == Ending.Commit, saved.Contains(first.Division));
    }

    [Fact]
    public async Task ManyWritersAtOnce_EachCommitsInTurn()
    {
        var rows = Enumerable.Range(0, 40).Select(_ => Row()).ToList();
        await Task.WhenAll(rows.Select(row => Task.Run(async () =>
        {
            await using var scope = app.Scope(out var db);
            db.BankHolidays.Add(row);
            await db.SaveChangesAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            row.Title = "Changed in its own transaction";
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        })));
        await using var check = app.Scope(out var read);
        var divisions = rows.Select(r => r.Division).ToList();
        Assert.Equal(40, await read.BankHolidays.CountAsync(h => divisions.Contains(h.Division) && h.Title == "Changed in its own transaction"));
    }

    [Fact]
    public async Task AConnectionOpenedAgainFromThePool_StillWaitsForOtherProcesses()
    {
        for (var i = 0; i < 3; i++)
        {
            await using var scope = app.Scope(out var db);
            await db.Database.OpenConnectionAsync();
            Assert.Equal(5000, await db.Database.SqlQueryRaw<long>("SELECT timeout AS \"Value\" FROM pragma_busy_timeout").SingleAsync());
            await db.Database.CloseConnectionAsync();
        }
    }
}
