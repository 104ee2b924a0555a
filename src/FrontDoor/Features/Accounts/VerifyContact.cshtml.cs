using FrontDoor.Data;
using FrontDoor.Features.Customers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Accounts;

/// <summary>
/// Tell us once, for a contact point: the new email address or mobile number is applied only once its code
/// is entered, then shown on every open case and announced to connected systems.
/// </summary>
[EnableRateLimiting(AccountsSetup.CodeRateLimit)]
public class VerifyContactModel(FrontDoorDb db, ResidentCodes codes, CustomerMerging merging, TellUsOnce tellUsOnce, TimeProvider clock) : ResidentPage(db)
{
    public string SentTo { get; private set; } = "";
    public bool IsPhone { get; private set; }
    public string AgainHref => IsPhone ? AccountLinks.Phone : AccountLinks.Email;

    public async Task<IActionResult> OnGetAsync([FromQuery] Guid id, CancellationToken ct)
    {
        // Only a code this resident asked for: another resident's code id is as good as none.
        var code = await Db.OneTimeCodes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.CustomerId == Customer.Id && c.Purpose != CodePurpose.SignIn, ct);
        if (code is null) return NotFound();
        (SentTo, IsPhone) = (code.TargetValue, code.Purpose == CodePurpose.VerifyPhone);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync([FromQuery] Guid id, [FromForm] string? code, CancellationToken ct)
    {
        var mine = await Db.OneTimeCodes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.CustomerId == Customer.Id && c.Purpose != CodePurpose.SignIn, ct);
        if (mine is null) return NotFound();
        (SentTo, IsPhone) = (mine.TargetValue, mine.Purpose == CodePurpose.VerifyPhone);
        var (result, sent) = await codes.CheckAsync(id, mine.Purpose, code, ct);
        if (result != CodeCheck.Accepted)
        {
            ModelState.AddModelError("code", string.IsNullOrWhiteSpace(code) ? "Enter the security code" : ResidentCodes.Explain(result));
            return Page();
        }
        var kind = IsPhone ? ContactPointKind.Phone : ContactPointKind.Email;
        var takenBy = await Db.ContactPoints.Where(p => p.Kind == kind && p.Key == sent!.Target && p.VerifiedAt != null && p.CustomerId != Customer.Id).AnyAsync(ct);
        if (takenBy)
        {
            ModelState.AddModelError("code", IsPhone
                ? "This mobile number is already used by another account. Call us if you think this is wrong"
                : "This email address is already used by another account. Sign in with it instead, or call us if you think this is wrong");
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var point = Customer.ContactPoints.FirstOrDefault(p => p.Kind == kind && p.Key == sent!.Target);
        if (point is null) Customer.ContactPoints.Add(point = new ContactPoint { Kind = kind, Key = sent!.Target, Value = sent.TargetValue, CreatedAt = now });
        point.VerifiedAt ??= now;
        if (IsPhone) (Customer.Phone, Customer.PhoneKey) = (sent!.TargetValue, sent.Target);
        else (Customer.Email, Customer.EmailNormalised) = (sent!.TargetValue, sent.Target);
        await tellUsOnce.RecordAsync(Customer, Actor, [IsPhone ? "phone" : "email"], "verified through their account", ct);
        await merging.InTransactionAsync(async () =>
        {
            await Db.SaveChangesAsync(ct);
            await merging.LinkVerifiedAsync(Customer, kind, sent!.Target, ct);
        }, ct);
        return Done(IsPhone ? "Your mobile number has been saved" : "Your email address has been changed");
    }
}
