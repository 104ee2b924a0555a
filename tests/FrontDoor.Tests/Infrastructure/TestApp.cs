using FrontDoor.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>
/// FrontDoor in-process against a real database of its own, with email going to the SMTP sink
/// that test.sh starts. One subclass per database provider; every data-layer test runs on both.
/// </summary>
public abstract class TestApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly string folder = Directory.CreateTempSubdirectory("frontdoor-test-").FullName;

    protected abstract string Provider { get; }
    protected abstract string ConnectionString { get; }
    public string ProviderName => Provider;
    public string DatabaseConnection => ConnectionString;
    /// <summary>Where this app's Data Protection keys folder is (an earlier FrontDoor's, from which keys are brought in).</summary>
    public string KeysFolder => Path.Combine(folder, "keys");
    /// <summary>Settings of a test's own, added before the app starts.</summary>
    public List<(string Key, string Value)> Settings { get; } = [];
    protected virtual string AllowedWebhookNetwork => "127.0.0.0/8";
    /// <summary>False for a FrontDoor as a council first installs it: no demo catalogue, gazetteer, staff or API client.</summary>
    protected virtual bool SeedDemo => true;
    /// <summary>False for a FrontDoor without its background jobs, whose rounds a test runs itself.</summary>
    protected virtual bool RunsJobs => true;

    /// <summary>The settings that point a FrontDoor command run as its own process at this app's database and keys.</summary>
    public string[] CommandSettings =>
    [
        $"--Database:Provider={Provider}", $"--ConnectionStrings:FrontDoor={ConnectionString}",
        $"--DataProtection:KeysFolder={Path.Combine(folder, "keys")}", $"--Demo:Seed={SeedDemo}",
    ];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:FrontDoor", ConnectionString);
        builder.UseSetting("DataProtection:KeysFolder", Path.Combine(folder, "keys"));
        builder.UseSetting("Email:SmtpHost", "127.0.0.1");
        builder.UseSetting("Email:SmtpPort", TestEnvironment.SmtpPort.ToString());
        builder.UseSetting("Outbox:PollSeconds", "0.2");
        builder.UseSetting("Webhooks:PollSeconds", "0.2");
        // The tests' webhook receivers listen on loopback, which a real council's FrontDoor refuses unless allowed.
        builder.UseSetting("Webhooks:AllowedNetworks:0", AllowedWebhookNetwork);
        builder.UseSetting("Tracking:AttemptsPerMinute", "1000");
        builder.UseSetting("Tracking:RepliesPerMinute", "100000");
        builder.UseSetting("Callbacks:RequestsPerMinute", "100000");
        builder.UseSetting("Appointments:RequestsPerMinute", "100000");
        // Tests send reminders on their own clocks; the real clock's job would remind of their bookings at its own pace.
        builder.UseSetting("Appointments:RemindersEnabled", "false");
        builder.UseSetting("Staff:SignInAttemptsPerMinute", "100000");
        builder.UseSetting("Accounts:CodeRequestsPerMinute", "100000");
        builder.UseSetting("SiteFeedback:RequestsPerMinute", "100000");
        builder.UseSetting("Complaints:RequestsPerMinute", "100000");
        builder.UseSetting("Messages:Folder", folder);
        builder.UseSetting("Demo:Seed", SeedDemo.ToString());
        // Tests work the figures out when they mean to, on their own clock; a job on the real clock would move the rollup's
        // place on past the fake clock's changes.
        builder.UseSetting("Figures:Enabled", "false");
        // Another node's change to a public page shows here within this (production: 2 s).
        builder.UseSetting("PublicPages:CheckSeconds", "0.2");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            TestSignIn.AddTo(services);
            if (!RunsJobs) services.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>();
            // Staff passwords are hashed for real, with fewer rounds: the tests make hundreds of accounts, and the hash
            // records its own round count, so sign-in checks them the same way.
            services.Configure<Microsoft.AspNetCore.Identity.PasswordHasherOptions>(o => o.IterationCount = 1_000);
        });
    }

    /// <summary>
    /// Starts FrontDoor (migrating and seeding its database) before any test touches it, so tests that start more hosts
    /// on the same database (other nodes, another clock) find it ready rather than racing to fill it.
    /// </summary>
    public virtual ValueTask InitializeAsync()
    {
        StartServer();
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>
    /// This app on a clock the test moves. Its background jobs are left out: on a clock that only moves when told, their
    /// loops would wait for ever (a test runs a job's round itself).
    /// </summary>
    public WebApplicationFactory<Program> WithClock(TimeProvider clock) => WithWebHostBuilder(b => b.ConfigureTestServices(s =>
    {
        s.AddSingleton(clock);
        s.RemoveAll<Microsoft.Extensions.Hosting.IHostedService>();
    }));

    /// <summary>A DbContext on the app's database, for arranging and asserting.</summary>
    public AsyncServiceScope Scope(out FrontDoorDb db)
    {
        var scope = Services.CreateAsyncScope();
        db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        return scope;
    }

    protected string TempFile(string name) => Path.Combine(folder, name);
}

public class SqliteApp : TestApp
{
    protected override string Provider => DatabaseSetup.Sqlite;
    protected override string ConnectionString => $"Data Source={TempFile("frontdoor.db")}";
}

public class PostgresApp : TestApp
{
    readonly string database = "fd_test_" + Guid.NewGuid().ToString("N")[..12];

    protected override string Provider => DatabaseSetup.Postgres;
    protected override string ConnectionString => new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdmin) { Database = database }.ConnectionString;

    public override async ValueTask InitializeAsync()
    {
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin);
        await admin.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
        await create.ExecuteNonQueryAsync();
        await base.InitializeAsync();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>
/// A FrontDoor of its own, for a test class that runs a background job on a fake clock: on the shared app the job
/// would take every other test's messages and deliveries as its own.
/// </summary>
public sealed class OwnSqliteApp : SqliteApp;

/// <inheritdoc cref="OwnSqliteApp"/>
public sealed class OwnPostgresApp : PostgresApp;

/// <summary>A FrontDoor of its own as a council first installs it (Demo:Seed=false), for the first-run tests.</summary>
public sealed class EmptySqliteApp : SqliteApp
{
    protected override bool SeedDemo => false;
}

/// <inheritdoc cref="EmptySqliteApp"/>
public sealed class EmptyPostgresApp : PostgresApp
{
    protected override bool SeedDemo => false;
}

/// <summary>A FrontDoor of its own without its background jobs, so a test's own rounds of a job are the only ones.</summary>
public sealed class NoJobsSqliteApp : SqliteApp
{
    protected override bool RunsJobs => false;
}

/// <inheritdoc cref="NoJobsSqliteApp"/>
public sealed class NoJobsPostgresApp : PostgresApp
{
    protected override bool RunsJobs => false;
}
