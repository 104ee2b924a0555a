using FrontDoor.Data;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Features.Accounts;

[EnableRateLimiting(AccountsSetup.CodeRateLimit)]
public class ChangeEmailModel(FrontDoorDb db, ResidentCodes codes) : ResidentPage(db)
{
    public string? Email { get; private set; }

    public void OnGet() => Email = Customer.Email;

    public async Task<IActionResult> OnPostAsync([FromForm] string? email, CancellationToken ct)
    {
        Email = email?.Trim();
        if (string.IsNullOrEmpty(Email)) ModelState.AddModelError("email", "Enter your new email address");
        else if (!AnswerValidator.IsEmail(Email)) ModelState.AddModelError("email", "Enter an email address in the correct format, like name@example.com");
        else if (Customer.IsVerified(ContactPointKind.Email, Customer.NormaliseEmail(Email)) && Customer.EmailNormalised == Customer.NormaliseEmail(Email))
            ModelState.AddModelError("email", "This is already your email address. Enter a different one");
        if (!ModelState.IsValid) return Page();

        var (code, refusal) = await codes.SendAsync(CodePurpose.VerifyEmail, Customer.NormaliseEmail(Email)!, Email!, Customer.Id, ct);
        if (code is null)
        {
            ModelState.AddModelError("email", ResidentCodes.Explain(refusal!.Value));
            return Page();
        }
        return Redirect(AccountLinks.Verify(code.Id));
    }
}
