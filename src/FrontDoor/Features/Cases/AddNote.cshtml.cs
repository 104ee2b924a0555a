using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Cases;

public class AddNoteModel(FrontDoorDb db, CaseWorkflow workflow) : StaffCasePage(db)
{
    [BindProperty] public string? Note { get; set; }

    protected override bool Allowed(StaffUser staff, Case c) => staff.CanAnnotate(c);

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Note)) ModelState.AddModelError("note", "Enter the note");
        else if (Note.Length > CaseWorkflow.MaxTextLength) ModelState.AddModelError("note", $"The note must be {CaseWorkflow.MaxTextLength} characters or less");
        if (!ModelState.IsValid) return Page();
        var result = await workflow.AddNoteAsync(Case, Version, Actor, Note!, ct);
        if (!result.Succeeded) return await RefusedAsync(result, ct);
        return Done("Note added");
    }
}
