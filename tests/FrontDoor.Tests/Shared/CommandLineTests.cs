using System.Diagnostics;
using FrontDoor.Tests.Infrastructure;

namespace FrontDoor.Tests.Shared;

/// <summary>The built FrontDoor run as a person runs its commands, with its exit code and what it prints.</summary>
public sealed class CommandLineTests
{
    static Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args) =>
        TestSupport.RunAsync(new ProcessStartInfo("dotnet"), [typeof(Program).Assembly.Location, .. args]);

    [Fact]
    public async Task Help_ListsEveryCommand()
    {
        var (exitCode, output, _) = await RunAsync("--help");
        Assert.Equal(0, exitCode);
        foreach (var command in new[] { "schema-script", "demo-code", "import-gazetteer", "find-duplicates", "create-admin" })
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
