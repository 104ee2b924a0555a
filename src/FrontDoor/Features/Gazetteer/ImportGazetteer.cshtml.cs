using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Gazetteer;

[Authorize(Policy = StaffAccessSetup.Administrators)]
[RequestSizeLimit(MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
public class ImportGazetteerModel(GazetteerImport import) : PageModel
{
    /// <summary>About a million rows; larger gazetteers can use the import-gazetteer command.</summary>
    const int MaxBytes = 200 * 1024 * 1024;

    public ImportReport? Report { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Select a CSV file");
            return Page();
        }
        await using var stream = file.OpenReadStream();
        Report = await import.RunAsync(stream, ct);
        if (Report.FileError is { } error && Report.Added + Report.Updated + Report.Rejected.Count == 0) ModelState.AddModelError("file", error);
        return Page();
    }

    /// <summary><c>dotnet run --project src/FrontDoor -- import-gazetteer file.csv</c>: the same import, for files too big to upload.</summary>
    public static async Task<bool> TryRunFromCommandLineAsync(WebApplication app, string[] args)
    {
        if (!Shared.CommandLine.TryGet(args, "import-gazetteer", out var path)) return false;
        using var scope = app.Services.CreateScope();
        await using var file = System.IO.File.OpenRead(path);
        var report = await scope.ServiceProvider.GetRequiredService<GazetteerImport>().RunAsync(file, default);
        Console.WriteLine($"Added {report.Added}, updated {report.Updated}, rejected {report.Rejected.Count}.{(report.FileError is null ? "" : " " + report.FileError)}");
        foreach (var row in report.Rejected) Console.WriteLine($"  line {row.Line}, UPRN {row.Uprn}: {row.Reason}");
        return true;
    }
}
