using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Requests;

public class ContactDetailsModel(FrontDoorDb db, DraftStore drafts) : JourneyPage(db, drafts)
{
    public string? FullName { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }

    public void OnGet() => (FullName, Email, Phone) = (Draft.FullName, Draft.Email, Draft.Phone);

    public async Task<IActionResult> OnPostAsync([FromForm] string? fullName, [FromForm] string? email, [FromForm] string? phone, CancellationToken ct)
    {
        (FullName, Email, Phone) = (fullName?.Trim(), email?.Trim(), phone?.Trim());
        var contact = new ContactInput(FullName, Email, Phone);
        // Online, an email address is how the resident gets their reference and updates.
        if (string.IsNullOrEmpty(Email)) ModelState.AddModelError("email", "Enter your email address");
        foreach (var (field, error) in RequestIntake.ContactErrors(contact))
            if (ModelState.GetFieldValidationState(field) != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
                ModelState.AddModelError(field, error);
        if (!ModelState.IsValid) return Page();

        (Draft.FullName, Draft.Email, Draft.Phone) = (FullName, Email, string.IsNullOrEmpty(Phone) ? null : Phone);
        await Drafts.SaveAsync(Draft, ct);
        return Redirect(Next(null));
    }
}
