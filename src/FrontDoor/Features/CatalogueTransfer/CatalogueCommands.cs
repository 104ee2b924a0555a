using System.Text.Json;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Shared;

namespace FrontDoor.Features.CatalogueTransfer;

/// <summary>export-catalogue and import-catalogue: the same file the set-up pages download and upload.</summary>
public static class CatalogueCommands
{
    public static readonly AppCommand Export = new("export-catalogue", "<file.json>",
        "Writes the council's teams, services and forms, wording and content pages to a catalogue file", ExportAsync);

    public static readonly AppCommand Import = new("import-catalogue", "<file.json>",
        "Adds and updates teams, services and forms, wording and content pages from a catalogue file; a file with a problem changes nothing", ImportAsync);

    static async Task<int> ExportAsync(WebApplication app, string[] args)
    {
        if (args is not [var path])
        {
            await Console.Error.WriteLineAsync("Give the file to write: export-catalogue <file.json>");
            return 2;
        }
        await app.PrepareDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var catalogue = await CatalogueExport.BuildAsync(scope.ServiceProvider.GetRequiredService<FrontDoorDb>(), default);
        await using (var file = File.Create(path)) await JsonSerializer.SerializeAsync(file, catalogue, CatalogueFile.Json);
        Console.WriteLine($"Exported {catalogue.Teams!.Count} teams, {catalogue.Services!.Count} services, {catalogue.ResponseTemplates!.Count} response templates, {catalogue.Messages!.Count} message wordings and {catalogue.ContentPages!.Count} content pages to {path}");
        return 0;
    }

    static async Task<int> ImportAsync(WebApplication app, string[] args)
    {
        if (args is not [var path] || !File.Exists(path))
        {
            await Console.Error.WriteLineAsync("Give the path of a catalogue file that exists: import-catalogue <file.json>");
            return 2;
        }
        await app.PrepareDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        await using var stream = File.OpenRead(path);
        var (file, problems) = CatalogueImport.Read(stream);
        Console.WriteLine($"Checking {path}...");
        var (report, more) = file is null ? (null, []) : await scope.ServiceProvider.GetRequiredService<CatalogueImport>().ImportAsync(file, Actor.System("import-catalogue"), default);
        problems.AddRange(more);
        if (report is null)
        {
            await Console.Error.WriteLineAsync($"Nothing was imported: the file has {problems.Count} problem{(problems.Count == 1 ? "" : "s")}.");
            foreach (var problem in problems) await Console.Error.WriteLineAsync($"  {problem}");
            return 1;
        }
        Console.WriteLine($"Imported {report}.");
        return 0;
    }
}
