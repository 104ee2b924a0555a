using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>Every warning and error an app logs from <see cref="Start"/> until disposed, with its exception.</summary>
public sealed class LogCapture : ILoggerProvider, ILogger
{
    readonly ConcurrentQueue<string> lines = new();
    volatile bool listening = true;

    public static LogCapture Start(TestApp app)
    {
        var capture = new LogCapture();
        app.Services.GetRequiredService<ILoggerFactory>().AddProvider(capture);
        return capture;
    }

    public IReadOnlyCollection<string> Lines => lines;

    public ILogger CreateLogger(string categoryName) => this;
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
    public bool IsEnabled(LogLevel logLevel) => listening && logLevel >= LogLevel.Warning;
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) lines.Enqueue(formatter(state, exception) + exception);
    }

    /// <summary>Stops listening: the factory keeps its providers for the app's life.</summary>
    public void Dispose() => listening = false;
}
