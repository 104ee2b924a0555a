using System.Security.Claims;
using FrontDoor.Data;
using FrontDoor.Features.Customers;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Accounts;

[EnableRateLimiting(AccountsSetup.CodeRateLimit)]
public class SignInCodeModel(FrontDoorDb db, ResidentCodes codes) : PageModel
{
    public string SentTo { get; private set; } = "";
    public string AgainHref => AccountLinks.SignIn;

    public async Task<IActionResult> OnGetAsync([FromQuery] Guid id, CancellationToken ct)
    {
        var code = await db.OneTimeCodes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.Purpose == CodePurpose.SignIn, ct);
        if (code is null) return Redirect(AgainHref);
        SentTo = code.TargetValue;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromQuery] Guid id, [FromForm] string? code, CancellationToken ct)
    {
        var (result, sent) = await codes.CheckAsync(id, CodePurpose.SignIn, code, ct);
        if (sent is null) return Redirect(AgainHref);
        SentTo = sent.TargetValue;
        if (result != CodeCheck.Accepted)
        {
            ModelState.AddModelError("code", string.IsNullOrWhiteSpace(code) ? "Enter the security code" : ResidentCodes.Explain(result));
            return Page();
        }
        var account = await db.ContactPoints.Where(p => p.Kind == ContactPointKind.Email && p.Key == sent.Target && p.VerifiedAt != null)
            .Select(p => (long?)p.CustomerId).SingleOrDefaultAsync(ct);
        if (account is long customerId && await ResidentPage.AccountAsync(db, customerId) is { } customer)
        {
            await ResidentPage.SignInAsync(HttpContext, customer);
            return Redirect(AccountLinks.Home);
        }
        // A new account: the proven address is carried, briefly, to the page that asks for their name.
        await HttpContext.SignInAsync(AccountsSetup.VerifiedEmailScheme, new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Email, sent.TargetValue)], AccountsSetup.VerifiedEmailScheme)));
        return Redirect(AccountLinks.Create);
    }
}
