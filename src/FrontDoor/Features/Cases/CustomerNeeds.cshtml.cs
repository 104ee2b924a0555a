using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Cases;

/// <summary>Staff record the help a customer needs to communicate, as the customer tells them; it is kept on the customer, not the case.</summary>
public class CustomerNeedsModel(FrontDoorDb db, AuditLog audit, TimeProvider clock) : StaffCasePage(db)
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
        if (Case.Customer is not { } customer) return NotFound();
        (Needs, InterpreterLanguage) = (needs ?? [], interpreterLanguage?.Trim());
        foreach (var (field, error) in AssistanceNeeds.Errors(Needs, InterpreterLanguage)) ModelState.AddModelError(field, error);
        if (!ModelState.IsValid) return Page();

        AssistanceNeeds.Apply(customer, Needs, InterpreterLanguage);
        Db.TimelineEvents.Add(new TimelineEvent
        {
            CaseId = Case.Id, At = clock.GetUtcNow().UtcDateTime, Type = TimelineEventType.InternalNote, Actor = Staff.Name,
            Text = $"Customer's help to communicate recorded: {AssistanceNeeds.Describe(customer.AssistanceNeeds, customer.InterpreterLanguage)}",
        });
        audit.Add("Changed customer's assistance needs", Case.Id, customer.Id);
        await Db.SaveChangesAsync(ct);
        return Done("Help to communicate saved");
    }
}
