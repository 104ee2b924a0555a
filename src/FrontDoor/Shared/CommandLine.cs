namespace FrontDoor.Shared;

/// <summary>One-off commands run with the app's configuration, such as <c>import-gazetteer file.csv</c>, wherever they sit among the host's own arguments.</summary>
public static class CommandLine
{
    public static bool TryGet(string[] args, string command, out string argument)
    {
        var at = Array.IndexOf(args, command);
        argument = at >= 0 && at + 1 < args.Length ? args[at + 1] : "";
        return argument.Length > 0;
    }
}
