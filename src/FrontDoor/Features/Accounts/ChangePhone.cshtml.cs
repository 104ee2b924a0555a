using FrontDoor.Data;
using FrontDoor.Features.Customers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Features.Accounts;

[EnableRateLimiting(AccountsSetup.CodeRateLimit)]
public class ChangePhoneModel(FrontDoorDb db, ResidentCodes codes, TellUsOnce tellUsOnce) : ResidentPage(db)
{
    public string? Phone { get; private set; }

    public void OnGet() => Phone = Customer.Phone;

    public async Task<IActionResult> OnPostAsync([FromForm] string? phone, [FromForm] string? remove, CancellationToken ct)
    {
        if (remove == "yes")
        {
            (Customer.Phone, Customer.PhoneKey) = (null, null);
            if (Customer.ContactBy == ContactMethod.Sms) Customer.ContactBy = ContactMethod.Email;
            await tellUsOnce.RecordAsync(Customer, Actor, ["phone"], "removed through their account", ct);
            await Db.SaveChangesAsync(ct);
            return Done("Your mobile number has been removed");
        }
        Phone = phone?.Trim();
        var key = Customer.NormalisePhone(Phone);
        if (string.IsNullOrEmpty(Phone)) ModelState.AddModelError("phone", "Enter your mobile number");
        else if (key is null || key.Length != 11 || !key.StartsWith("07")) ModelState.AddModelError("phone", "Enter a UK mobile number, like 07700 900 982");
        if (!ModelState.IsValid) return Page();

        var (code, refusal) = await codes.SendAsync(CodePurpose.VerifyPhone, key!, Phone!, Customer.Id, ct);
        if (code is null)
        {
            ModelState.AddModelError("phone", ResidentCodes.Explain(refusal!.Value));
            return Page();
        }
        return Redirect(AccountLinks.Verify(code.Id));
    }
}
