using System.Security.Cryptography;
using FrontDoor.Data;
using FrontDoor.Shared.Council;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Staff;

/// <summary>
/// First sign-in: the new key travels in the form, encrypted and bound to this person, and is saved
/// only once they prove their app has it by entering a code from it.
/// </summary>
[Authorize(AuthenticationSchemes = StaffSetup.PasswordOnlyScheme)]
public class SetUpAuthenticatorModel(FrontDoorDb db, StaffSignIn signIn, IDataProtectionProvider protection,
    IOptions<CouncilOptions> council, TimeProvider clock) : PageModel
{
    [BindProperty] public string? SetupKey { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    public string DisplayKey { get; private set; } = "";
    public string KeyUri { get; private set; } = "";
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }
    public string Continue => SignInMessages.SafeReturnUrl(Url, ReturnUrl) ?? StaffLinks.Home;

    ITimeLimitedDataProtector Keys(long staffId) =>
        protection.CreateProtector("FrontDoor.Staff.SetUpKey", staffId.ToString()).ToTimeLimitedDataProtector();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var staff = await CurrentAsync(ct);
        if (staff is null) return Redirect(StaffLinks.SignIn);
        if (staff.TotpSecretProtected is not null) return Redirect(StaffLinks.SignInCode);
        Show(staff, Totp.NewKey());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var staff = await CurrentAsync(ct);
        if (staff is null || staff.TotpSecretProtected is not null) return Redirect(StaffLinks.SignIn);
        byte[] key;
        try { key = Convert.FromBase64String(Keys(staff.Id).Unprotect(SetupKey ?? "")); }
        catch (Exception e) when (e is CryptographicException or FormatException) { key = Totp.NewKey(); }

        var step = string.IsNullOrWhiteSpace(Code) ? null : Totp.Verify(key, Code.Trim().Replace(" ", ""), clock.GetUtcNow(), 0);
        if (step is null)
        {
            ModelState.AddModelError("code", string.IsNullOrWhiteSpace(Code)
                ? "Enter the code from your authenticator app"
                : "The code is not correct. Check the key you entered in the app, then enter the latest code");
            Show(staff, key);
            return Page();
        }
        RecoveryCodes = await signIn.CompleteSetUpAsync(staff, key, step.Value, ct);
        await HttpContext.SignOutAsync(StaffSetup.PasswordOnlyScheme);
        await HttpContext.SignInAsync(StaffSetup.Scheme, StaffUser.Principal(staff, StaffSetup.Scheme));
        return Page();
    }

    async Task<StaffMember?> CurrentAsync(CancellationToken ct) =>
        await db.StaffMembers.FindAsync([StaffUser.From(User)!.Id], ct) is { IsActive: true } staff ? staff : null;

    void Show(StaffMember staff, byte[] key)
    {
        SetupKey = Keys(staff.Id).Protect(Convert.ToBase64String(key), TimeSpan.FromMinutes(15));
        DisplayKey = string.Join(' ', Totp.ToBase32(key).Chunk(4).Select(c => new string(c)));
        KeyUri = Totp.KeyUri(council.Value.Name, staff.Email, key);
    }
}
