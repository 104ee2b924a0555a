using SQLitePCL;

namespace FrontDoor.Data;

/// <summary>
/// SQLite's process-wide settings, which hold only if made before the first connection opens.
/// Out of the box SQLite guards each connection with a mutex and counts every allocation under one global
/// mutex; on a busy server those are taken on every statement and threads queue for them. Neither guards
/// anything here: a pooled connection is used by one request at a time, and nothing reads SQLite's memory figures.
/// </summary>
static class SqliteEngine
{
    static int configured;

    public static void Configure()
    {
        if (Interlocked.Exchange(ref configured, 1) == 1) return;
        Batteries_V2.Init();
        // Each returns SQLITE_MISUSE, changing nothing, when SQLite already started (a test host in a process that opened it before).
        raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }
}
