using System.Text.Json;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.CatalogueTransfer;

/// <summary>The council's set-up downloaded as a catalogue file, and a catalogue file uploaded: checked whole, then applied whole.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
[BodyLimit(2 * MaxFileBytes)]
public class CatalogueTransferModel(FrontDoorDb db, CatalogueImport import, TimeProvider clock) : PageModel
{
    const int MaxFileBytes = 10 * 1024 * 1024;
    public List<string> Problems { get; private set; } = [];
    public string? DoneMessage => TempData.Done();

    public void OnGet() { }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct)
    {
        var catalogue = await CatalogueExport.BuildAsync(db, ct);
        var name = $"catalogue-{Calendar.WorkingDays.UkToday(clock):yyyy-MM-dd}.json";
        return File(JsonSerializer.SerializeToUtf8Bytes(catalogue, CatalogueFile.Json), "application/json", name);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) Problems.Add("Select a catalogue file");
        else if (file.Length > MaxFileBytes) Problems.Add("The file must be smaller than 10MB");
        else
        {
            await using var stream = file.OpenReadStream();
            var (catalogue, problems) = CatalogueImport.Read(stream);
            Problems.AddRange(problems);
            if (catalogue is not null)
            {
                var (report, more) = await import.ImportAsync(catalogue, HttpContext.Actor(), ct);
                if (report is not null)
                {
                    TempData.Done($"Imported {report}");
                    return Redirect(StaffLinks.Catalogue);
                }
                Problems.AddRange(more);
            }
        }
        foreach (var problem in Problems) ModelState.AddModelError("file", problem);
        return Page();
    }
}
