using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>
/// A real SMTP server on a loopback port that holds each message at the end of DATA until the test lets it go,
/// as a slow mail server would: the test decides when each send finishes. It keeps every message it accepted.
/// </summary>
public sealed class GatedSmtpServer : IAsyncDisposable
{
    readonly TcpListener listener = new(IPAddress.Loopback, 0);
    readonly SemaphoreSlim gate = new(0);
    readonly CancellationTokenSource stop = new();
    readonly Task accepting;
    int held;

    public ConcurrentBag<string> Accepted { get; } = [];
    /// <summary>Every message that reached the end of DATA, in the order they reached it, held or let through.</summary>
    public ConcurrentQueue<string> ArrivedInOrder { get; } = [];
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;
    public int Held => Volatile.Read(ref held);
    /// <summary>How many messages have reached the end of DATA so far, held or let through.</summary>
    public int Arrived => ArrivedInOrder.Count;

    public GatedSmtpServer()
    {
        listener.Start();
        accepting = AcceptAsync();
    }

    /// <summary>Lets this many held messages through.</summary>
    public void Release(int count = 1) => gate.Release(count);

    /// <summary>Waits until this many messages in all have arrived (and are held until released).</summary>
    public async Task WaitUntilArrivedAsync(int count)
    {
        for (var i = 0; i < 200 && Arrived < count; i++) await Task.Delay(50);
        Assert.True(Arrived >= count, $"Expected {count} messages to have arrived, found {Arrived}");
    }

    async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (OperationCanceledException) { return; }
            _ = ServeAsync(client);
        }
    }

    async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 gated.example ESMTP");
        while (await reader.ReadLineAsync(stop.Token) is string line)
        {
            var command = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (command)
            {
                case "EHLO" or "HELO": await writer.WriteLineAsync("250 gated.example"); break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync(stop.Token) is string body && body != ".") data.AppendLine(body);
                    Interlocked.Increment(ref held);
                    ArrivedInOrder.Enqueue(data.ToString());
                    await gate.WaitAsync(stop.Token);
                    Interlocked.Decrement(ref held);
                    Accepted.Add(data.ToString());
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "QUIT": await writer.WriteLineAsync("221 Bye"); return;
                default: await writer.WriteLineAsync("250 OK"); break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        try { await accepting; } catch (Exception) { }
    }
}
