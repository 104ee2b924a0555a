using System.Diagnostics;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FrontDoor.Tests.Audit;

/// <summary>
/// FrontDoor on PostgreSQL as docs/postgres-roles.sql sets it up: the owner migrates, the application runs as a role that
/// cannot change the schema and can only add and seal audit entries.
/// </summary>
public sealed class PostgresRolesTests : IAsyncLifetime
{
    readonly string suffix = Guid.NewGuid().ToString("N")[..8];
    string Owner => $"fd_owner_{suffix}";
    string AppRole => $"fd_app_{suffix}";
    string Database => $"fd_roles_{suffix}";

    string As(string role) => new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdmin) { Database = Database, Username = role }.ConnectionString;

    static async Task RunAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask InitializeAsync()
    {
        await RunAsync(TestEnvironment.PostgresAdmin, $"CREATE ROLE {Owner} LOGIN; CREATE ROLE {AppRole} LOGIN;");
        await RunAsync(TestEnvironment.PostgresAdmin, $"CREATE DATABASE {Database} OWNER {Owner}");
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync(TestEnvironment.PostgresAdmin, $"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
        await RunAsync(TestEnvironment.PostgresAdmin, $"DROP ROLE IF EXISTS {AppRole}; DROP ROLE IF EXISTS {Owner};");
    }

    sealed class RoleApp(string connection) : TestApp
    {
        protected override string Provider => DatabaseSetup.Postgres;
        protected override string ConnectionString => connection;
    }

    [Fact]
    public async Task AppRole_AsDocumented_RunsFrontDoorButCannotChangeOrRemoveAuditEntries()
    {
        var (exitCode, output, error) = await TestSupport.RunAsync(new ProcessStartInfo("dotnet"),
            [typeof(Program).Assembly.Location, "--Database:Provider=postgres", $"--ConnectionStrings:FrontDoor={As(Owner)}", "migrate"]);
        Assert.True(exitCode == 0, output + error);
        var grants = await File.ReadAllTextAsync(Path.Combine(TestSupport.RepositoryRoot, "docs", "postgres-roles.sql"));
        await RunAsync(As(Owner), grants.Replace("frontdoor_owner", Owner).Replace("frontdoor_app", AppRole));

        await using var app = new RoleApp(As(AppRole));
        await app.InitializeAsync();
        var admin = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        var customer = await TestData.CustomerAsync(app);
        await admin.GetAsync(StaffLinks.Customer(customer.Id));
        await AuditChainTests.SealAllAsync(app);
        await using var scope = app.Scope(out var db);
        var read = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.CustomerId == customer.Id);
        Assert.NotNull(read.Hash);

        foreach (var sql in new[]
        {
            $"UPDATE \"AuditEntries\" SET \"Action\" = 'Rewritten' WHERE \"Id\" = {read.Id}",
            $"DELETE FROM \"AuditEntries\" WHERE \"Id\" = {read.Id}",
            "TRUNCATE \"AuditEntries\"",
            "ALTER TABLE \"AuditEntries\" DISABLE TRIGGER USER",
            "CREATE TABLE \"Scratch\" (\"Id\" int)",
        })
        {
            var refused = await Assert.ThrowsAsync<PostgresException>(() => RunAsync(As(AppRole), sql));
            Assert.True(refused.SqlState is PostgresErrorCodes.InsufficientPrivilege or "42501", $"{sql}: {refused.SqlState}");
        }
        Assert.True((await AuditChain.VerifyAsync(db, null, default)).Holds);
    }
}
