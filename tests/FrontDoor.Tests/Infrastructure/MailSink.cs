using System.Net.Http.Json;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>Reads what arrived at the SMTP sink through maildev's JSON API.</summary>
public static class MailSink
{
    public record Recipient(string Address);
    public record Email(string Subject, string Text, List<Recipient> To);

    static readonly HttpClient Http = new() { BaseAddress = TestEnvironment.MailSinkUrl };

    public static async Task<List<Email>> AllAsync() => (await Http.GetFromJsonAsync<List<Email>>("/email")) ?? [];

    public static async Task<List<Email>> ForAsync(string recipient) =>
        (await AllAsync())
            .Where(e => e.To.Any(t => string.Equals(t.Address, recipient, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>Waits for the outbox job to deliver; delivery is asynchronous by design.</summary>
    public static async Task<Email> WaitForAsync(string recipient, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if ((await ForAsync(recipient)).FirstOrDefault() is { } email) return email;
            await Task.Delay(200);
        }
        throw new TimeoutException($"No email arrived for {recipient}");
    }
}
