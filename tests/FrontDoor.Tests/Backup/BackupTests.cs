using System.Diagnostics;
using FrontDoor.Data;
using FrontDoor.Features.Staff;
using FrontDoor.Features.Tracking;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace FrontDoor.Tests.Backup;

/// <summary>The backup and restore procedures of docs/going-live.md, followed: the restored FrontDoor has the same cases, and its keys still open links and secrets.</summary>
public abstract class BackupTests(TestApp source)
{
    /// <summary>FrontDoor on a restored database.</summary>
    sealed class RestoredApp(string provider, string connection) : TestApp
    {
        protected override string Provider => provider;
        protected override string ConnectionString => connection;
    }

    /// <summary>Backs the source up and restores it somewhere new; returns the new database's connection string.</summary>
    protected abstract Task<string> BackUpAndRestoreAsync();
    protected abstract Task DropAsync(string connection);

    static Task<(int ExitCode, string Out, string Error)> CommandAsync(string provider, string connection, params string[] args) =>
        TestSupport.RunAsync(new ProcessStartInfo("dotnet"), [typeof(Program).Assembly.Location, $"--Database:Provider={provider}", $"--ConnectionStrings:FrontDoor={connection}", .. args]);

    protected Task<(int ExitCode, string Out, string Error)> SourceCommandAsync(params string[] args) =>
        TestSupport.RunAsync(new ProcessStartInfo("dotnet"), [typeof(Program).Assembly.Location, .. source.CommandSettings, .. args]);

    [Fact]
    public async Task Restore_FromABackup_SameCasesAndTheKeysStillOpenLinksAndSecrets()
    {
        var c = await TestData.CaseAsync(source);
        var officer = await StaffAccounts.CreateAsync(source, StaffRole.Officer, "Highways");
        var link = source.Services.GetRequiredService<TrackingLinks>().Url("http://localhost", c.Reference);

        var restored = await BackUpAndRestoreAsync();
        try
        {
            var (exitCode, output, error) = await CommandAsync(source.ProviderName, restored, "check-restore");
            Assert.True(exitCode == 0, output + error);
            Assert.Contains("The restored database is ready for FrontDoor.", output);

            await using var app = new RestoredApp(source.ProviderName, restored);
            await app.InitializeAsync();
            await using (app.Scope(out var db))
                Assert.Equal(c.Id, (await db.Cases.SingleAsync(x => x.Reference == c.Reference)).Id);
            var resident = new Browser(app.CreateClient());
            await resident.GetAsync(link);
            Assert.Contains(c.Reference, resident.Page.Body!.TextContent);
            Assert.DoesNotContain("/track?", resident.Path);
            // The authenticator key sealed before the backup opens after it: the officer signs in as before.
            await StaffAccounts.SignInAsync(app, officer);

            // Without the keys, the check says so rather than let FrontDoor start unable to read its secrets.
            await using (app.Scope(out var db))
                await db.DataProtectionKeys.ExecuteDeleteAsync();
            (exitCode, output, error) = await CommandAsync(source.ProviderName, restored, "check-restore");
            Assert.Equal(1, exitCode);
            Assert.Contains("Data Protection keys do not open what they encrypted", error);
        }
        finally { await DropAsync(restored); }
    }
}

public class BackupTestsOnSqlite(OwnSqliteApp source) : BackupTests(source), IClassFixture<OwnSqliteApp>
{
    protected override async Task<string> BackUpAndRestoreAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"frontdoor-backup-{Guid.NewGuid():N}.db");
        var (exitCode, output, error) = await SourceCommandAsync("backup", file);
        Assert.True(exitCode == 0, output + error);
        return $"Data Source={file}";
    }

    protected override Task DropAsync(string connection)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(connection["Data Source=".Length..]);
        return Task.CompletedTask;
    }
}

public class BackupTestsOnPostgres(OwnPostgresApp source) : BackupTests(source), IClassFixture<OwnPostgresApp>
{
    const string Bin = "/usr/lib/postgresql/15/bin";

    protected override async Task<string> BackUpAndRestoreAsync()
    {
        var from = new NpgsqlConnectionStringBuilder(source.DatabaseConnection);
        var file = Path.Combine(Path.GetTempPath(), $"frontdoor-backup-{Guid.NewGuid():N}.dump");
        var target = "fd_restored_" + Guid.NewGuid().ToString("N")[..12];
        string[] server = ["--host", from.Host!, "--port", from.Port.ToString(), "--username", from.Username!];
        var (exitCode, output, error) = await TestSupport.RunAsync(new ProcessStartInfo($"{Bin}/pg_dump"), [.. server, "--format=custom", "--file", file, from.Database!]);
        Assert.True(exitCode == 0, output + error);
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"CREATE DATABASE \"{target}\"", admin).ExecuteNonQueryAsync();
        }
        (exitCode, output, error) = await TestSupport.RunAsync(new ProcessStartInfo($"{Bin}/pg_restore"), [.. server, "--no-owner", "--dbname", target, file]);
        File.Delete(file);
        Assert.True(exitCode == 0, output + error);
        return new NpgsqlConnectionStringBuilder(source.DatabaseConnection) { Database = target }.ConnectionString;
    }

    protected override async Task DropAsync(string connection)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin);
        await admin.OpenAsync();
        await new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(connection).Database}\" WITH (FORCE)", admin).ExecuteNonQueryAsync();
    }
}
