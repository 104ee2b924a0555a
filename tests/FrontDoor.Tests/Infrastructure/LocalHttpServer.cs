using System.Net;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>A real HTTP server on a free local port, for what FrontDoor calls over the network (webhook receivers, GOV.UK Notify).</summary>
public abstract class LocalHttpServer : IAsyncDisposable
{
    readonly HttpListener listener = new();
    readonly Task loop;
    /// <summary>The server's address, ending in a slash.</summary>
    public string Url { get; }

    protected LocalHttpServer(string path = "/")
    {
        Url = $"http://127.0.0.1:{FreePort()}{path}";
        listener.Prefixes.Add(Url);
        listener.Start();
        loop = Task.Run(ListenAsync);
    }

    /// <summary>Answers one request; the response is closed after.</summary>
    protected abstract Task AnswerAsync(HttpListenerContext context);

    async Task ListenAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception) { return; }
            await AnswerAsync(context);
            context.Response.Close();
        }
    }

    public static int FreePort()
    {
        var socket = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        var port = ((IPEndPoint)socket.LocalEndpoint).Port;
        socket.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        await loop;
        GC.SuppressFinalize(this);
    }
}
