using FrontDoor.Data;
using FrontDoor.Features.Audit;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Staff.SingleSignOn;

/// <summary>
/// The provider's answer, checked by the handler (state, PKCE, signature, issuer, audience), becomes a FrontDoor session
/// when its verified email is an active staff account's. Accounts are made by administrators only, never here; the
/// account's role and team are FrontDoor's. The provider stands for both steps of password sign-in.
/// </summary>
[AllowAnonymous]
public class SignInWithProviderDoneModel(FrontDoorDb db, AuditLog audit, IOptions<SingleSignOnOptions> options) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? returnUrl, CancellationToken ct)
    {
        if (!options.Value.IsConfigured) return NotFound();
        var answer = await HttpContext.AuthenticateAsync(SingleSignOnSetup.AnswerScheme);
        await HttpContext.SignOutAsync(SingleSignOnSetup.AnswerScheme);
        if (!answer.Succeeded) return Problem(SignInProblem.ProviderRefused);
        var email = answer.Principal.FindFirst("email")?.Value;
        if (string.IsNullOrWhiteSpace(email)) return Problem(SignInProblem.NoAccount);
        if (options.Value.RequireVerifiedEmail && answer.Principal.FindFirst("email_verified")?.Value is not ("true" or "True"))
            return Problem(SignInProblem.EmailNotVerified);
        var normalised = StaffMember.Normalise(email);
        var staff = await db.StaffMembers.SingleOrDefaultAsync(s => s.EmailNormalised == normalised && s.IsActive, ct);
        if (staff is null) return Problem(SignInProblem.NoAccount);
        audit.Add(new Actor(ActorKind.Staff, staff.Id, staff.DisplayName, HttpContext.Connection.RemoteIpAddress?.ToString()), "Signed in with single sign-on", null, null);
        await db.SaveChangesAsync(ct);
        return await SignInCodeModel.CompleteAsync(HttpContext, staff, SignInMessages.SafeReturnUrl(Url, returnUrl));
    }

    RedirectResult Problem(SignInProblem problem) => Redirect(StaffLinks.SignInProblem(problem));
}
