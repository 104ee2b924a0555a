using System.Net;
using FrontDoor.Data;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FrontDoor.Tests.Data;

/// <summary>Several instances behind a load balancer start together against one empty PostgreSQL database.</summary>
public sealed class StartUpTests
{
    sealed class Node(string connectionString) : TestApp
    {
        protected override string Provider => DatabaseSetup.Postgres;
        protected override string ConnectionString => connectionString;
    }

    [Fact]
    public async Task TwoInstancesOnAnEmptyDatabase_BothStartAndTheDemoCouncilIsThereOnce()
    {
        var database = "fd_test_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdmin) { Database = database }.ConnectionString;
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        try
        {
            await using var first = new Node(connectionString);
            await using var second = new Node(connectionString);
            var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));
            foreach (var client in clients)
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready")).StatusCode);
            await using var scope = first.Scope(out var db);
            Assert.Equal(await db.Services.Select(s => s.Slug).Distinct().CountAsync(), await db.Services.CountAsync());
            Assert.Equal(1, await db.StaffMembers.CountAsync(s => s.EmailNormalised == "admin@ashworth.example"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdmin);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
