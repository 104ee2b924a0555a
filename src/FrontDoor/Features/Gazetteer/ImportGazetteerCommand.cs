using FrontDoor.Data;
using FrontDoor.Shared;

namespace FrontDoor.Features.Gazetteer;

/// <summary>The gazetteer import from the command line, for files too big to upload, with its progress on the console.</summary>
public static class ImportGazetteerCommand
{
    public static readonly AppCommand Command = new("import-gazetteer", "<file.csv>", "Adds and updates properties from an AddressBase-style CSV file", RunAsync);

    static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args is not [var path, ..] || !File.Exists(path))
        {
            await Console.Error.WriteLineAsync("Give the path of a CSV file that exists: import-gazetteer <file.csv>");
            return 2;
        }
        await app.PrepareDatabaseAsync();
        using var scope = app.Services.CreateScope();
        await using var file = File.OpenRead(path);
        var report = await scope.ServiceProvider.GetRequiredService<GazetteerImport>().RunAsync(file, default);
        Console.WriteLine($"Added {report.Added}, updated {report.Updated}, rejected {report.Rejected.Count}.{(report.FileError is null ? "" : " " + report.FileError)}");
        foreach (var row in report.Rejected) Console.WriteLine($"  line {row.Line}, UPRN {row.Uprn}: {row.Reason}");
        return report.FileError is null ? 0 : 1;
    }
}
