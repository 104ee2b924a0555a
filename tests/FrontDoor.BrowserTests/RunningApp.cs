using System.Diagnostics;
using System.Net.Sockets;

namespace FrontDoor.BrowserTests;

/// <summary>
/// FrontDoor as a real process on a real port (a browser cannot reach an in-memory test server),
/// on its own SQLite database, sending email to the SMTP sink that test.sh starts.
/// </summary>
public class RunningApp : IAsyncLifetime
{
    readonly string folder = Directory.CreateTempSubdirectory("frontdoor-browser-").FullName;
    Process? process;
    string dll = "", project = "";

    /// <summary>The demo council, unless this is a council's first day.</summary>
    protected virtual bool SeedDemo => true;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The app's SQLite database, for a journey that must set up what only time would (a request made last month).</summary>
    public string DatabasePath => Path.Combine(folder, "frontdoor.db");

    public async ValueTask InitializeAsync()
    {
        var root = FindRepositoryRoot();
        project = Path.Combine(root, "src", "FrontDoor");
        dll = Directory.GetFiles(Path.Combine(project, "bin"), "FrontDoor.dll", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}");
        process = Process.Start(Start([]))!;
        var errors = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) errors.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        // Generous: start-up migrates and fills a new database, on a machine that may be busy.
        for (var i = 0; i < 1200 && !process.HasExited; i++)
        {
            try
            {
                if ((await http.GetAsync(new Uri(BaseUrl, "/health/ready"))).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        throw new TimeoutException($"FrontDoor did not become ready{(process.HasExited ? $" (it exited with {process.ExitCode})" : "")}: {string.Join('\n', errors.TakeLast(20))}");
    }

    /// <summary>FrontDoor on this app's database, keys and mail: the web server, or with <paramref name="command"/> one of its commands.</summary>
    ProcessStartInfo Start(string[] command)
    {
        var start = new ProcessStartInfo("dotnet", [dll, "--contentRoot", project, .. command])
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_URLS"] = BaseUrl.ToString(),
                ["ConnectionStrings__FrontDoor"] = $"Data Source={DatabasePath}",
                ["Figures__RefreshSeconds"] = "1",
                ["DataProtection__KeysFolder"] = Path.Combine(folder, "keys"),
                ["Email__SmtpHost"] = "127.0.0.1",
                ["Email__SmtpPort"] = Environment.GetEnvironmentVariable("FRONTDOOR_TEST_SMTP_PORT") ?? throw new InvalidOperationException("Run the tests with ./test.sh"),
                ["Outbox__PollSeconds"] = "0.2",
                ["Tracking__AttemptsPerMinute"] = "1000",
                // The journeys sign staff in many times a minute from one address, which the real limit would turn away.
                ["Staff__SignInAttemptsPerMinute"] = "1000",
                // Reminders from midnight and looked for every second, so a journey sees one without waiting for 10am.
                ["Appointments__ReminderPollMinutes"] = "0.02",
                ["Appointments__DayBeforeReminderAt"] = "00:00",
                ["Appointments__MorningReminderAt"] = "00:00",
                ["Webhooks__AllowedNetworks__0"] = "127.0.0.0/8",
                ["Demo__Seed"] = SeedDemo.ToString(),
            },
        };
        return start;
    }

    /// <summary>Runs a FrontDoor command, such as create-admin, against this app's database, as a council's administrator would.</summary>
    public async Task<(int ExitCode, string Output)> RunCommandAsync(params string[] command)
    {
        using var run = Process.Start(Start(command))!;
        var output = run.StandardOutput.ReadToEndAsync();
        var error = run.StandardError.ReadToEndAsync();
        await run.WaitForExitAsync();
        return (run.ExitCode, await output + await error);
    }

    public ValueTask DisposeAsync()
    {
        if (process is { HasExited: false }) process.Kill(entireProcessTree: true);
        process?.Dispose();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        return ValueTask.CompletedTask;
    }

    static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "FrontDoor.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("Cannot find FrontDoor.slnx above the test folder");
    }
}

/// <summary>A council's first day: FrontDoor with an empty database (Demo:Seed=false), for the set-up journey.</summary>
public sealed class EmptyRunningApp : RunningApp
{
    protected override bool SeedDemo => false;
}
