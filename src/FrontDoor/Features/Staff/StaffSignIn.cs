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

    /// <param name="knownDevice">Whether this browser has signed in to that account before: such a device is not held by a lock-out.</param>
    /// <remarks>Every way through checks one password hash, so the time taken says nothing about whether the account exists or is locked.</remarks>
    public async Task<(SignInOutcome, StaffMember?)> CheckPasswordAsync(string email, string password, Func<long, bool> knownDevice, CancellationToken ct)
    {
        var staff = await db.StaffMembers.SingleOrDefaultAsync(s => s.EmailNormalised == StaffMember.Normalise(email) && s.IsActive, ct);
        if (staff is null || !await TakeAChanceAsync(staff, knownDevice(staff.Id), ct))
        {
            hasher.VerifyHashedPassword(null!, UnknownUserHash, password);
            return (staff is null ? SignInOutcome.Failed : SignInOutcome.LockedOut, staff);
        }
        var result = hasher.VerifyHashedPassword(staff, staff.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed) return (await FailAsync(staff, ct), staff);
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            staff.PasswordHash = hasher.HashPassword(staff, password);
            await db.SaveChangesAsync(ct);
        }
        await SucceedAsync(staff, ct);
        return (SignInOutcome.Succeeded, staff);
    }

    /// <summary>Accepts a current authenticator code (once) or an unused recovery code (which is then spent).</summary>
    /// <remarks>
    /// Each step is a conditional update, so under any number of simultaneous tries a code is accepted once
    /// (its step must be later than the last accepted) and a recovery code is spent once.
    /// </remarks>
    public async Task<SignInOutcome> CheckSecondFactorAsync(StaffMember staff, string code, bool knownDevice, CancellationToken ct)
    {
        if (!await TakeAChanceAsync(staff, knownDevice, ct)) return SignInOutcome.LockedOut;
        var clean = new string(code.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        var accepted = false;
        if (clean.Length == 6 && clean.All(char.IsAsciiDigit) && TotpKey(staff) is { } key
            && Totp.Verify(key, clean, clock.GetUtcNow(), staff.TotpLastStep) is long step)
        {
            accepted = await db.StaffMembers.Where(s => s.Id == staff.Id && s.TotpLastStep < step)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.TotpLastStep, step), ct) == 1;
        }
        else if (clean.Length == RecoveryCodeLength)
        {
            var before = staff.RecoveryCodeHashes;
            var hashes = before.Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
            var after = string.Join('\n', hashes.Where(h => h != HashRecoveryCode(clean)));
            accepted = after != before && await db.StaffMembers.Where(s => s.Id == staff.Id && s.RecoveryCodeHashes == before)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.RecoveryCodeHashes, after), ct) == 1;
        }
        if (!accepted) return await FailAsync(staff, ct);
        await SucceedAsync(staff, ct);
        return SignInOutcome.Succeeded;
    }

    public byte[]? TotpKey(StaffMember staff) => staff.TotpSecretProtected is { } secret ? OpenTotpKey(secret) : null;

    /// <exception cref="System.Security.Cryptography.CryptographicException">The key ring that sealed it is not this one.</exception>
    public byte[] OpenTotpKey(string sealedKey) => Convert.FromBase64String(TotpKeys.Unprotect(sealedKey));

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

    /// <summary>
    /// Takes one of the account's chances before anything is checked, in one conditional update: however many tries
    /// arrive at once, no more than the limit are ever checked before the lock-out. False when none is left.
    /// A known device always gets its try (its failures still count towards locking out everyone else).
    /// </summary>
    async Task<bool> TakeAChanceAsync(StaffMember staff, bool knownDevice, CancellationToken ct)
    {
        var (now, max) = (Now, options.Value.MaxFailedSignIns);
        return await db.StaffMembers.Where(s => s.Id == staff.Id && (knownDevice || (s.FailedSignIns < max && (s.LockedOutUntil == null || s.LockedOutUntil <= now))))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.FailedSignIns, x => x.FailedSignIns + 1), ct) == 1;
    }

    /// <summary>The chance taken was wrong: it stays taken, and the last one locks the account.</summary>
    async Task<SignInOutcome> FailAsync(StaffMember staff, CancellationToken ct)
    {
        var o = options.Value;
        var until = Now.AddMinutes(o.LockoutMinutes);
        var locked = await db.StaffMembers.Where(s => s.Id == staff.Id && s.FailedSignIns >= o.MaxFailedSignIns)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.LockedOutUntil, until).SetProperty(x => x.FailedSignIns, 0), ct);
        return locked == 1 ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }

    Task SucceedAsync(StaffMember staff, CancellationToken ct) =>
        db.StaffMembers.Where(s => s.Id == staff.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.FailedSignIns, 0), ct);
}
