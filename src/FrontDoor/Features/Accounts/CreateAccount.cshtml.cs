using FrontDoor.Shared;
using System.Security.Claims;
using FrontDoor.Data;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Requests;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Accounts;

/// <summary>
/// The last step of signing up, reached only with a freshly proven email address. Records that gave this
/// address before without proof join the new account now, and not before.
/// </summary>
public class CreateAccountModel(FrontDoorDb db, CustomerMerging merging, TimeProvider clock) : PageModel
{
    public string Email { get; private set; } = "";
    public string? FullName { get; private set; }

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        var verified = await HttpContext.AuthenticateAsync(AccountsSetup.VerifiedEmailScheme);
        if (verified.Principal?.FindFirstValue(ClaimTypes.Email) is not { } email)
        {
            context.Result = Redirect(AccountLinks.SignIn);
            return;
        }
        Email = email;
        await next();
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        // The address is proven now, so the name it was given with before may be shown back.
        var key = Customer.NormaliseEmail(Email);
        FullName = await db.Customers.Where(c => c.EmailNormalised == key && c.MergedIntoId == null)
            .OrderByDescending(c => c.Id).Select(c => c.FullName).FirstOrDefaultAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync([FromForm] string? fullName, CancellationToken ct)
    {
        FullName = fullName?.Trim();
        if (RequestIntake.FullNameError(FullName) is string nameError) ModelState.AddModelError("fullName", nameError);
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var key = Customer.NormaliseEmail(Email)!;
        var owner = await db.ContactPoints.Where(p => p.Kind == ContactPointKind.Email && p.Key == key && p.VerifiedAt != null)
            .Select(p => (long?)p.CustomerId).SingleOrDefaultAsync(ct);
        var account = owner is long id
            ? await db.Customers.Include(c => c.ContactPoints).SingleAsync(c => c.Id == id, ct)
            : CustomerMatching.New(new(FullName!, Email, null, null, null), now);
        account.FullName = FullName!;
        CustomerNames.Apply(account);
        account.AccountCreatedAt ??= now;
        (account.Email, account.EmailNormalised) = (Email, key);
        foreach (var point in account.ContactPoints.Where(p => p.Kind == ContactPointKind.Email && p.Key == key)) point.VerifiedAt ??= now;
        if (owner is null) await db.Customers.AddAsync(account, ct);

        await merging.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(ct);
            await merging.LinkVerifiedAsync(account, ContactPointKind.Email, key, ct);
        }, ct);
        await HttpContext.SignOutAsync(AccountsSetup.VerifiedEmailScheme);
        await ResidentPage.SignInAsync(HttpContext, account);
        TempData.Done("Your account has been created");
        return Redirect(AccountLinks.Home);
    }
}
