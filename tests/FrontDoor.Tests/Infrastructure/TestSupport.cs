using System.Diagnostics;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>The npm tools test.sh installs in tests/support (the SMTP sink, the OpenAPI linter), and programs run as people run them.</summary>
public static class TestSupport
{
    static readonly string Folder = FindFolder();

    public static string File(string name) => Path.Combine(Folder, name);

    /// <summary>The repository's own folder, for its documentation and scripts.</summary>
    public static string RepositoryRoot => Path.GetFullPath(Path.Combine(Folder, "..", ".."));

    static string FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (Directory.Exists(Path.Combine(dir.FullName, "tests", "support", "node_modules"))) return Path.Combine(dir.FullName, "tests", "support");
        throw new InvalidOperationException("tests/support/node_modules is missing: run the tests with ./test.sh, which installs it.");
    }

    /// <summary>Runs a tool from node_modules/.bin with node, offline, and returns its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunNodeToolAsync(string tool, params string[] args)
    {
        var start = new ProcessStartInfo(Path.Combine(Folder, "node_modules", ".bin", tool))
        {
            WorkingDirectory = Folder,
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" },
        };
        var (exitCode, output, error) = await RunAsync(start, args);
        return (exitCode, output + error);
    }

    /// <summary>Runs a program to its end (two minutes at most) and returns its exit code and what it wrote to each stream.</summary>
    public static async Task<(int ExitCode, string Out, string Error)> RunAsync(ProcessStartInfo start, IEnumerable<string> args)
    {
        start.RedirectStandardOutput = start.RedirectStandardError = true;
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return (process.ExitCode, await output, await error);
    }
}
