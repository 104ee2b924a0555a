using FrontDoor.Features.Customers;
using FrontDoor.Features.Forms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Features.Accounts;

/// <summary>Sign in and sign up are one journey: the same code proves the email address either way, so nothing says whether an account exists.</summary>
[EnableRateLimiting(AccountsSetup.CodeRateLimit)]
public class SignInModel(ResidentCodes codes) : PageModel
{
    public string? Email { get; private set; }
    public string? SignedOut { get; private set; }

    public void OnGet([FromQuery(Name = "signed-out")] string? signedOut) => SignedOut = signedOut;

    public async Task<IActionResult> OnPostAsync([FromForm] string? email, CancellationToken ct)
    {
        Email = email?.Trim();
        if (string.IsNullOrEmpty(Email)) ModelState.AddModelError("email", "Enter your email address");
        else if (!AnswerValidator.IsEmail(Email)) ModelState.AddModelError("email", "Enter an email address in the correct format, like name@example.com");
        if (!ModelState.IsValid) return Page();

        var (code, refusal) = await codes.SendAsync(CodePurpose.SignIn, Customer.NormaliseEmail(Email)!, Email!, null, ct);
        if (code is null)
        {
            ModelState.AddModelError("email", ResidentCodes.Explain(refusal!.Value));
            return Page();
        }
        return Redirect(AccountLinks.SignInCode(code.Id));
    }
}
