using FrontDoor.Data;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Cases;

/// <summary>Staff record the help a customer needs to communicate, as the customer tells them; it is kept on the customer, not the case.</summary>
public class CustomerNeedsModel(FrontDoorDb db, CaseWorkflow workflow) : StaffCasePage(db)
{
    public List<string> Needs { get; private set; } = [];
    public string? InterpreterLanguage { get; private set; }

    protected override bool Allowed(StaffUser staff, Case c) => staff.CanAnnotate(c);

    public IActionResult OnGet()
    {
        if (Case.Customer is not { } customer) return NotFound();
        (Needs, InterpreterLanguage) = (AssistanceNeeds.Codes(customer.AssistanceNeeds), customer.InterpreterLanguage);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromForm] List<string>? needs, [FromForm] string? interpreterLanguage, CancellationToken ct)
    {
        if (Case.Customer is null) return NotFound();
        (Needs, InterpreterLanguage) = (needs ?? [], interpreterLanguage?.Trim());
        AssistanceNeeds.AddErrors(ModelState, Needs, InterpreterLanguage);
        if (!ModelState.IsValid) return Page();

        var result = await workflow.RecordNeedsAsync(Case, Version, Actor, Needs, InterpreterLanguage, ct);
        if (!result.Succeeded) return await RefusedAsync(result, ct);
        return Done("Help to communicate saved");
    }
}
