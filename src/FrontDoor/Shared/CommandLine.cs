namespace FrontDoor.Shared;

/// <summary>A one-off command run with the app's configuration instead of the web server, such as <c>import-gazetteer file.csv</c>.</summary>
/// <param name="Arguments">What follows the name, as the help shows it.</param>
/// <param name="RunAsync">Given the built app and the command's own arguments; returns the exit code.</param>
public sealed record AppCommand(string Name, string Arguments, string Description, Func<WebApplication, string[], Task<int>> RunAsync);

/// <summary>
/// The command-line entry points. Each folder registers its own commands; this finds the one named among the host's
/// arguments (which may come before it: <c>--contentRoot dir import-gazetteer file.csv</c>), or lists them for --help.
/// </summary>
public static class CommandLine
{
    public static IServiceCollection AddCommand(this IServiceCollection services, AppCommand command) => services.AddSingleton(command);

    /// <summary>Runs the command the arguments name and returns its exit code; null when they name none, so the web server starts.</summary>
    public static async Task<int?> RunAsync(WebApplication app, string[] args)
    {
        var commands = app.Services.GetServices<AppCommand>().OrderBy(c => c.Name).ToList();
        if (args.Any(a => a is "--help" or "-h" or "help"))
        {
            Console.WriteLine("Usage: FrontDoor [host options] [command [arguments]]\nWithout a command, FrontDoor runs its web server.\n\nCommands:");
            foreach (var c in commands) Console.WriteLine($"  {$"{c.Name} {c.Arguments}".TrimEnd(),-40} {c.Description}");
            return 0;
        }
        if (CommandAt(args) is not int at) return null;
        var command = commands.FirstOrDefault(c => c.Name == args[at]);
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"There is no command '{args[at]}'. Run with --help to list the commands.");
            return 2;
        }
        return await command.RunAsync(app, args[(at + 1)..]);
    }

    /// <summary>The first argument that is not a host option ("--key value", "--key=value", "/key value" or "key=value").</summary>
    static int? CommandAt(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.Contains('=')) continue;
            if (arg.StartsWith("--") || arg.StartsWith('/') || (arg.StartsWith('-') && arg.Length > 1)) { i++; continue; }
            return i;
        }
        return null;
    }
}
