using Microsoft.AspNetCore.DataProtection;

namespace FrontDoor.Features.Staff;

/// <summary>
/// Devices a member of staff has signed in from before, remembered by a signed cookie. Someone who locks an account by
/// guessing its password does not lock out its holder: from a device they have used, they still sign in (with their
/// password and authenticator), while new devices wait out the lock.
/// </summary>
public sealed class StaffDevices(IDataProtectionProvider protection, TimeProvider clock)
{
    const string CookieName = "fd-staff-device";
    static readonly TimeSpan RememberFor = TimeSpan.FromDays(90);

    ITimeLimitedDataProtector Protector => protection.CreateProtector("FrontDoor.Staff.Device").ToTimeLimitedDataProtector();

    public void Remember(HttpContext http, long staffId) =>
        http.Response.Cookies.Append(CookieName, Protector.Protect(staffId.ToString(), clock.GetUtcNow() + RememberFor), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = StaffLinks.SignIn,
            Expires = clock.GetUtcNow() + RememberFor,
        });

    public bool IsKnown(HttpContext http, long staffId)
    {
        if (http.Request.Cookies[CookieName] is not { Length: > 0 } value) return false;
        try
        {
            return Protector.Unprotect(value, out _) == staffId.ToString();
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }
}
