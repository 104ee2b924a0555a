using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Data;

/// <summary>SQLite's process-wide settings (Data/SqliteEngine) are made before the app's first connection opens.</summary>
public sealed class SqliteEngineTests(SqliteApp app)
{
    [Fact]
    public async Task AfterTheAppHasReadAndWritten_SqliteHasCountedNoAllocations()
    {
        await using var scope = app.Scope(out var db);
        Assert.True(await db.Services.AnyAsync());
        // With the count on (SQLite's default), every connection's caches and statements show here; off, it stays at nothing.
        Assert.Equal(0, SQLitePCL.raw.sqlite3_memory_used());
    }
}
