namespace FrontDoor.Tests.Infrastructure;

/// <summary>
/// Another FrontDoor on the same database as <paramref name="first"/>, as a second server behind a load balancer: its
/// own process state and its own (empty) keys folder, optionally over real HTTP with Kestrel and with settings of its own.
/// </summary>
public sealed class OtherNode(TestApp first, bool kestrel = false, params (string Key, string Value)[] settings) : TestApp
{
    protected override string Provider => first.ProviderName;
    protected override string ConnectionString => first.DatabaseConnection;

    public override ValueTask InitializeAsync()
    {
        Settings.AddRange(settings);
        // Port 0: the system's choice, so nodes never collide with each other or anything else here.
        if (kestrel) UseKestrel(0);
        return base.InitializeAsync();
    }
}

/// <summary>Two nodes on one database, for a test class about running several.</summary>
public abstract class TwoNodes(TestApp first) : IAsyncLifetime
{
    public TestApp First => first;
    public TestApp Second { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await first.InitializeAsync();
        Second = new OtherNode(first);
        await Second.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Second.DisposeAsync();
        await first.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

public sealed class TwoSqliteNodes() : TwoNodes(new OwnSqliteApp());
public sealed class TwoPostgresNodes() : TwoNodes(new OwnPostgresApp());
