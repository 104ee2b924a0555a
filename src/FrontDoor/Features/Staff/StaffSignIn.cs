using System.Security.Cryptography;
using System.Text;
using FrontDoor.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Staff;

public enum SignInOutcome { Succeeded, Failed, LockedOut }

/// <summary>
/// Both steps of staff sign-in: the password (the framework's hasher), then a code from an authenticator
/// app or a one-off recovery code. Failures at either step count towards a temporary lockout.
/// </summary>
public sealed class StaffSignIn(FrontDoorDb db, IPasswordHasher<StaffMember> hasher, IDataProtectionProvider protection,
    TimeProvider clock, IOptions<StaffOptions> options)
{
    // Verified against when the email is unknown, so a wrong email takes as long as a wrong password.
    static readonly string UnknownUserHash = new PasswordHasher<StaffMember>().HashPassword(null!, "not-a-password");

    IDataProtector TotpKeys => protection.CreateProtector("FrontDoor.Staff.TotpKey");
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<(SignInOutcome, StaffMember?)> CheckPasswordAsync(string email, string password, CancellationToken ct)
    {
        var staff = await db.StaffMembers.SingleOrDefaultAsync(s => s.EmailNormalised == StaffMember.Normalise(email) && s.IsActive, ct);
        if (staff is null)
        {
            hasher.VerifyHashedPassword(null!, UnknownUserHash, password);
            return (SignInOutcome.Failed, null);
        }
        if (IsLockedOut(staff)) return (SignInOutcome.LockedOut, staff);
        var result = hasher.VerifyHashedPassword(staff, staff.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed) return (await FailAsync(staff, ct), staff);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            staff.PasswordHash = hasher.HashPassword(staff, password);
            await db.SaveChangesAsync(ct);
        }
        return (SignInOutcome.Succeeded, staff);
    }

    /// <summary>Accepts a current authenticator code (once) or an unused recovery code (which is then spent).</summary>
    public async Task<SignInOutcome> CheckSecondFactorAsync(StaffMember staff, string code, CancellationToken ct)
    {
        if (IsLockedOut(staff)) return SignInOutcome.LockedOut;
        var clean = new string(code.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        var accepted = false;
        if (clean.Length == 6 && clean.All(char.IsAsciiDigit) && TotpKey(staff) is { } key
            && Totp.Verify(key, clean, clock.GetUtcNow(), staff.TotpLastStep) is long step)
        {
            staff.TotpLastStep = step;
            accepted = true;
        }
        else if (clean.Length == RecoveryCodeLength)
        {
            var hashes = staff.RecoveryCodeHashes.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
            accepted = hashes.Remove(HashRecoveryCode(clean));
            staff.RecoveryCodeHashes = string.Join('\n', hashes);
        }
        if (!accepted) return await FailAsync(staff, ct);
        staff.FailedSignIns = 0;
        await db.SaveChangesAsync(ct);
        return SignInOutcome.Succeeded;
    }

    public byte[]? TotpKey(StaffMember staff) =>
        staff.TotpSecretProtected is { } secret ? Convert.FromBase64String(TotpKeys.Unprotect(secret)) : null;

    /// <summary>Saves a newly confirmed authenticator key and returns fresh recovery codes, shown once.</summary>
    public async Task<IReadOnlyList<string>> CompleteSetUpAsync(StaffMember staff, byte[] key, long step, CancellationToken ct)
    {
        staff.TotpSecretProtected = TotpKeys.Protect(Convert.ToBase64String(key));
        staff.TotpLastStep = step;
        var codes = Enumerable.Range(0, 10).Select(_ => RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", RecoveryCodeLength)).ToList();
        staff.RecoveryCodeHashes = string.Join('\n', codes.Select(HashRecoveryCode));
        staff.FailedSignIns = 0;
        await db.SaveChangesAsync(ct);
        return codes;
    }

    public string ProtectTotpKey(byte[] key) => TotpKeys.Protect(Convert.ToBase64String(key));

    public const int RecoveryCodeLength = 10;

    // Recovery codes are long random strings, so a plain hash is enough to keep them unreadable at rest.
    static string HashRecoveryCode(string code) => Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(code)));

    bool IsLockedOut(StaffMember staff) => staff.LockedOutUntil is { } until && until > Now;

    async Task<SignInOutcome> FailAsync(StaffMember staff, CancellationToken ct)
    {
        var o = options.Value;
        staff.FailedSignIns++;
        var outcome = SignInOutcome.Failed;
        if (staff.FailedSignIns >= o.MaxFailedSignIns)
        {
            staff.LockedOutUntil = Now.AddMinutes(o.LockoutMinutes);
            staff.FailedSignIns = 0;
            outcome = SignInOutcome.LockedOut;
        }
        await db.SaveChangesAsync(ct);
        return outcome;
    }
}
