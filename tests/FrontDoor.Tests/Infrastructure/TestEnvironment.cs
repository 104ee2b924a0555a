namespace FrontDoor.Tests.Infrastructure;

/// <summary>What ./test.sh starts for the tests: a throwaway PostgreSQL cluster and an SMTP sink (maildev).</summary>
public static class TestEnvironment
{
    public static string PostgresAdmin => Required("FRONTDOOR_TEST_POSTGRES");
    public static int SmtpPort => int.Parse(Required("FRONTDOOR_TEST_SMTP_PORT"));
    public static Uri MailSinkUrl => new(Required("FRONTDOOR_TEST_MAILDEV_URL"));

    static string Required(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException($"{name} is not set: run the tests with ./test.sh, which starts PostgreSQL and the SMTP sink.");
}
