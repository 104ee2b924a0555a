using System.Net.Http.Json;

namespace FrontDoor.BrowserTests;

/// <summary>Reads what arrived at the SMTP sink that test.sh starts.</summary>
public static class MailDev
{
    record Recipient(string Address);
    record Email(string Subject, string Text, List<Recipient> To);

    /// <summary>The subject and text of the first email to <paramref name="recipient"/> that contains <paramref name="containing"/>.</summary>
    public static async Task<string> WaitForAsync(string recipient, string containing = "")
    {
        using var http = new HttpClient { BaseAddress = new Uri(Environment.GetEnvironmentVariable("FRONTDOOR_TEST_MAILDEV_URL")!) };
        for (var i = 0; i < 100; i++)
        {
            var emails = await http.GetFromJsonAsync<List<Email>>("/email") ?? [];
            var found = emails.FirstOrDefault(e => e.To.Any(t => t.Address == recipient) && (e.Subject + e.Text).Contains(containing));
            if (found is not null) return found.Subject + "\n" + found.Text;
            await Task.Delay(200);
        }
        throw new TimeoutException($"No email arrived for {recipient}");
    }
}
