namespace FrontDoor.Tests.Infrastructure;

/// <summary>FrontDoors of their own signing staff in through the OpenID Connect provider test.sh starts.</summary>
public static class SingleSignOnSettings
{
    public static void Apply(TestApp app, bool required = false, params string[] breakGlass)
    {
        app.Settings.Add(("Staff:Oidc:Authority", TestEnvironment.OidcUrl));
        app.Settings.Add(("Staff:Oidc:ClientId", TestEnvironment.OidcClientId));
        app.Settings.Add(("Staff:Oidc:ClientSecret", TestEnvironment.OidcClientSecret));
        app.Settings.Add(("Staff:Oidc:DisplayName", "Ashworth Council account"));
        app.Settings.Add(("Staff:Oidc:RequireHttpsMetadata", "false"));
        app.Settings.Add(("Staff:Oidc:Required", required.ToString()));
        for (var i = 0; i < breakGlass.Length; i++) app.Settings.Add(($"Staff:Oidc:BreakGlass:{i}", breakGlass[i]));
    }
}

public sealed class SingleSignOnSqliteApp : SqliteApp
{
    public SingleSignOnSqliteApp() => SingleSignOnSettings.Apply(this);
}

public sealed class SingleSignOnPostgresApp : PostgresApp
{
    public SingleSignOnPostgresApp() => SingleSignOnSettings.Apply(this);
}

/// <summary>Single sign-on required of everyone but the one break-glass administrator.</summary>
public sealed class SingleSignOnOnlySqliteApp : SqliteApp
{
    public const string BreakGlass = "break-glass@ashworth.example";
    public SingleSignOnOnlySqliteApp() => SingleSignOnSettings.Apply(this, required: true, BreakGlass);
}

/// <inheritdoc cref="SingleSignOnOnlySqliteApp"/>
public sealed class SingleSignOnOnlyPostgresApp : PostgresApp
{
    public SingleSignOnOnlyPostgresApp() => SingleSignOnSettings.Apply(this, required: true, SingleSignOnOnlySqliteApp.BreakGlass);
}
