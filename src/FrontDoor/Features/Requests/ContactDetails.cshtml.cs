using FrontDoor.Data;
using FrontDoor.Features.Customers;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Requests;

public class ContactDetailsModel(FrontDoorDb db, DraftStore drafts, Catalogue.ServicesByCode services) : JourneyPage(db, drafts, services)
{
    public string? FullName { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public List<string> Needs { get; private set; } = [];
    public string? InterpreterLanguage { get; private set; }

    public async Task OnGetAsync()
    {
        (FullName, Email, Phone, Needs, InterpreterLanguage) =
            (Draft.FullName, Draft.Email, Draft.Phone, AssistanceNeeds.Codes(Draft.AssistanceNeeds), Draft.InterpreterLanguage);
        // Told once: a signed-in resident's details are filled in from their account (never for an agent's caller).
        if (Draft.FullName is null && !IsAssisted && await Accounts.ResidentPage.SignedInAsync(Db, HttpContext) is { } account)
            (FullName, Email, Phone, Needs, InterpreterLanguage) = (account.FullName, account.Email,
                account.IsVerified(ContactPointKind.Phone, account.PhoneKey) ? account.Phone : null, AssistanceNeeds.Codes(account.AssistanceNeeds), account.InterpreterLanguage);
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? fullName, [FromForm] string? email, [FromForm] string? phone,
        [FromForm] List<string>? needs, [FromForm] string? interpreterLanguage, CancellationToken ct)
    {
        (FullName, Email, Phone, Needs, InterpreterLanguage) = (fullName?.Trim(), email?.Trim(), phone?.Trim(), needs ?? [], interpreterLanguage?.Trim());
        var contact = new ContactInput(FullName, Email, Phone, Needs, InterpreterLanguage);
        // Online, an email address is how the resident gets their reference and updates. A caller on
        // the phone or at the desk may have none: the agent gives them the reference there and then.
        if (string.IsNullOrEmpty(Email) && !IsAssisted) ModelState.AddModelError("email", "Enter your email address");
        foreach (var error in RequestIntake.ContactErrors(contact))
            if (ModelState.GetFieldValidationState(RequestIntake.ContactFieldId(error.Field)) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
                ModelState.AddModelError(RequestIntake.ContactFieldId(error.Field), error.Message);
        if (!ModelState.IsValid) return Page();

        (Draft.FullName, Draft.Email, Draft.Phone) = (FullName, string.IsNullOrEmpty(Email) ? null : Email, string.IsNullOrEmpty(Phone) ? null : Phone);
        Draft.AssistanceNeeds = AssistanceNeeds.Store(Needs);
        Draft.InterpreterLanguage = string.IsNullOrEmpty(InterpreterLanguage) ? null : InterpreterLanguage;
        await Drafts.SaveAsync(Draft, ct);
        return Redirect(Next(null));
    }
}
