using FrontDoor.Shared;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Gazetteer;

[Authorize(Policy = StaffSetup.Administrators)]
[BodyLimit(MaxBytes)]
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
}
