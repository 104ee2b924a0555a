using FrontDoor.Data;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Forms;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Accounts;

public class PreferencesModel(FrontDoorDb db, TellUsOnce tellUsOnce) : ResidentPage(db)
{
    public ContactMethod ContactBy { get; private set; }
    public bool Paperless { get; private set; }
    public string? Language { get; private set; }
    public List<string> Needs { get; private set; } = [];
    public string? InterpreterLanguage { get; private set; }

    public void OnGet() => (ContactBy, Paperless, Language, Needs, InterpreterLanguage) =
        (Customer.ContactBy, Customer.Paperless, Customer.Language, AssistanceNeeds.Codes(Customer.AssistanceNeeds), Customer.InterpreterLanguage);

    public async Task<IActionResult> OnPostAsync([FromForm] string? contactBy, [FromForm] string? paperless, [FromForm] string? language,
        [FromForm] List<string>? needs, [FromForm] string? interpreterLanguage, CancellationToken ct)
    {
        (Paperless, Language, Needs, InterpreterLanguage) = (paperless == "yes", language?.Trim() is { Length: > 0 } l ? l : null, needs ?? [], interpreterLanguage?.Trim());
        if (!Enum.TryParse<ContactMethod>(contactBy, out var method) || !Enum.IsDefined(method))
            ModelState.AddModelError("contactBy", "Select how we should contact you");
        ContactBy = method;
        if (ModelState.IsValid)
        {
            if (method == ContactMethod.Email && Customer.Email is null) ModelState.AddModelError("contactBy", "Add an email address before choosing email");
            if (method == ContactMethod.Sms && !Customer.IsVerified(ContactPointKind.Phone, Customer.PhoneKey))
                ModelState.AddModelError("contactBy", "Add and check a mobile number before choosing text message");
            if (method == ContactMethod.Letter && Customer.Uprn is null && Customer.Address is null)
                ModelState.AddModelError("contactBy", "Add your address before choosing letter");
            if (method == ContactMethod.Letter && Paperless) ModelState.AddModelError("paperless", "Choose no for paperless if you want letters by post");
        }
        if (paperless is not ("yes" or "no")) ModelState.AddModelError("paperless", "Select yes if you want to go paperless");
        else if (Paperless && Customer.Email is null) ModelState.AddModelError("paperless", "Add an email address before going paperless");
        if (Language?.Length > AssistanceNeeds.MaxLanguageLength) ModelState.AddModelError("language", $"The language must be {AssistanceNeeds.MaxLanguageLength} characters or less");
        else if (Language is not null && AnswerValidator.LooksLikeHtml(Language)) ModelState.AddModelError("language", "The language must not include HTML or code, such as < and >");
        AssistanceNeeds.AddErrors(ModelState, Needs, InterpreterLanguage);
        if (!ModelState.IsValid) return Page();

        (Customer.ContactBy, Customer.Paperless, Customer.Language) = (method, Paperless, Language);
        AssistanceNeeds.Apply(Customer, Needs, InterpreterLanguage);
        await tellUsOnce.RecordAsync(Customer, Actor, ["preferences"], "through their account", ct);
        await Db.SaveChangesAsync(ct);
        return Done("Your preferences have been saved");
    }
}
