using System.Diagnostics;

namespace FrontDoor.Tests.Shared;

/// <summary>The built FrontDoor run as a person runs its commands, with its exit code and what it prints.</summary>
public sealed class CommandLineTests
{
    static async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        var (exitCode, output, _) = await RunAsync("--help");
        Assert.Equal(0, exitCode);
        foreach (var command in new[] { "schema-script", "demo-code", "import-gazetteer", "find-duplicates" })
            Assert.Contains(command, output);
    }

    [Fact]
    public async Task MistypedCommand_SaysSoAndFailsInsteadOfStartingTheServer()
    {
        var (exitCode, _, error) = await RunAsync("--contentRoot", Path.GetTempPath(), "demo-cod");
        Assert.Equal(2, exitCode);
        Assert.Contains("There is no command 'demo-cod'", error);
    }

    [Fact]
    public async Task CommandAfterHostOptions_Runs()
    {
        var (exitCode, output, _) = await RunAsync("--contentRoot", Path.GetTempPath(), "schema-script", "sqlite");
        Assert.Equal(0, exitCode);
        Assert.Contains("CREATE TABLE \"Cases\"", output);
    }
}
