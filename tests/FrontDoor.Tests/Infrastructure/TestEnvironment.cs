namespace FrontDoor.Tests.Infrastructure;

/// <summary>What ./test.sh starts for the tests: a throwaway PostgreSQL cluster, an SMTP sink (maildev) and an OpenID Connect provider.</summary>
public static class TestEnvironment
{
    public static string PostgresAdmin => Required("FRONTDOOR_TEST_POSTGRES");
    public static int SmtpPort => int.Parse(Required("FRONTDOOR_TEST_SMTP_PORT"));
    public static Uri MailSinkUrl => new(Required("FRONTDOOR_TEST_MAILDEV_URL"));
    public static string OidcUrl => Required("FRONTDOOR_TEST_OIDC_URL");
    public static string OidcClientSecret => Required("FRONTDOOR_TEST_OIDC_SECRET");
    public const string OidcClientId = "frontdoor-tests";

    static string Required(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{name} is not set: run the tests with ./test.sh, which starts PostgreSQL, the SMTP sink and the OpenID Connect provider.");
}
