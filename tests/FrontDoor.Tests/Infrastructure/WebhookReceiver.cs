using System.Collections.Concurrent;
using System.Net;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on a free local port that records what it is sent, answering each request with the next
/// status from <see cref="Answers"/> (200 once they run out). Webhooks reach it over the network, as they would a subscriber.
/// </summary>
public sealed class WebhookReceiver() : LocalHttpServer("/hooks/")
{
    public record Received(string Body, IReadOnlyDictionary<string, string> Headers);

    public ConcurrentQueue<Received> Requests { get; } = new();
    public ConcurrentQueue<int> Answers { get; } = new();

    protected override async Task AnswerAsync(HttpListenerContext context)
    {
        using var reader = new StreamReader(context.Request.InputStream);
        var body = await reader.ReadToEndAsync();
        Requests.Enqueue(new(body, context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase)));
        context.Response.StatusCode = Answers.TryDequeue(out var status) ? status : 200;
    }

    /// <summary>Waits (up to 20 seconds) for a request whose body contains <paramref name="text"/>.</summary>
    public async Task<Received> WaitForAsync(string text)
    {
        for (var i = 0; i < 200; i++)
        {
            if (Requests.FirstOrDefault(r => r.Body.Contains(text)) is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"No webhook containing {text} arrived");
    }
}
