using System.Security.Cryptography;
using System.Text;
using FrontDoor.Data;
using FrontDoor.Features.Messages;
using FrontDoor.Features.Notifications;
using FrontDoor.Shared.Council;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Accounts;

public enum CodeCheck { Accepted, Wrong, Expired, Locked, NotFound }

/// <summary>Why no code was sent: the address or number is locked after wrong codes, or has had its codes for the hour.</summary>
public enum CodeRefusal { Locked, TooMany }

/// <summary>
/// One-time codes that prove a resident holds an email address or mobile number. Codes last 15 minutes and
/// work once; five wrong tries kill a code and lock that address for a while; only a few codes are sent an hour.
/// </summary>
public sealed class ResidentCodes(FrontDoorDb db, TimeProvider clock, IOptions<CouncilOptions> council, MessageWording wording)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(30);
    public const int MaxFailedAttempts = 5;
    public const int MaxCodesPerHour = 5;

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Sends a code, or says why not.</summary>
    public async Task<(OneTimeCode? Code, CodeRefusal? Refusal)> SendAsync(CodePurpose purpose, string target, string value, long? customerId, CancellationToken ct)
    {
        var recent = await db.OneTimeCodes.Where(c => c.Target == target && c.CreatedAt > Now.AddHours(-1)).ToListAsync(ct);
        if (IsLocked(recent)) return (null, CodeRefusal.Locked);
        if (recent.Count >= MaxCodesPerHour) return (null, CodeRefusal.TooMany);

        var digits = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6");
        var code = new OneTimeCode
        {
            Id = Guid.NewGuid(), Purpose = purpose, Target = target, TargetValue = value, CustomerId = customerId,
            CreatedAt = Now, ExpiresAt = Now + Lifetime, CodeHash = "",
        };
        code.CodeHash = Hash(code.Id, digits);
        db.OneTimeCodes.Add(code);
        var kind = purpose == CodePurpose.VerifyPhone ? MessageKind.Sms : MessageKind.Email;
        var language = customerId is null ? null : await db.Customers.Where(c => c.Id == customerId).Select(c => c.Language).SingleOrDefaultAsync(ct);
        var values = MessageWording.CouncilValues(council.Value);
        values["code"] = digits;
        var (subject, body, _) = await wording.RenderAsync(kind == MessageKind.Sms ? MessageKey.PhoneCode : MessageKey.SecurityCode, kind,
            Languages.CodeFor(language), values, ct);
        db.OutboxMessages.Add(new OutboxMessage
        {
            Kind = kind,
            Recipient = value,
            // A text has no subject; this names it on the customer's record.
            Subject = kind == MessageKind.Sms ? $"Your {council.Value.Name} security code" : subject,
            Body = body,
            CustomerId = customerId,
            CreatedAt = Now,
            NextAttemptAt = Now,
        });
        await db.SaveChangesAsync(ct);
        return (code, null);
    }

    /// <summary>
    /// Each try first takes one of the code's five chances in a single conditional update, so however many tries
    /// arrive at once, no more than five are ever compared; the right code is then spent by another, so it works once.
    /// </summary>
    public async Task<(CodeCheck Result, OneTimeCode? Code)> CheckAsync(Guid id, CodePurpose purpose, string? typed, CancellationToken ct)
    {
        var code = await db.OneTimeCodes.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id && c.Purpose == purpose, ct);
        if (code is null) return (CodeCheck.NotFound, null);
        var recent = await db.OneTimeCodes.AsNoTracking().Where(c => c.Target == code.Target && c.CreatedAt > Now.AddHours(-1)).ToListAsync(ct);
        if (IsLocked(recent)) return (CodeCheck.Locked, code);
        if (code.UsedAt is not null || code.ExpiresAt <= Now) return (CodeCheck.Expired, code);
        var now = Now;
        var chance = await db.OneTimeCodes.Where(c => c.Id == id && c.FailedAttempts < MaxFailedAttempts && c.UsedAt == null && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.FailedAttempts, c => c.FailedAttempts + 1), ct);
        if (chance == 0) return await RefusedAsync(id, ct);
        var digits = new string((typed ?? "").Where(char.IsDigit).ToArray());
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(code.Id, digits)), Encoding.ASCII.GetBytes(code.CodeHash)))
            return await RefusedAsync(id, ct);
        // Right: the chance taken is given back, and the code is spent, by whichever try gets here first.
        var spent = await db.OneTimeCodes.Where(c => c.Id == id && c.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UsedAt, now).SetProperty(c => c.FailedAttempts, c => c.FailedAttempts - 1), ct);
        return spent == 1 ? (CodeCheck.Accepted, code) : (CodeCheck.Expired, code);
    }

    async Task<(CodeCheck, OneTimeCode?)> RefusedAsync(Guid id, CancellationToken ct)
    {
        var code = await db.OneTimeCodes.AsNoTracking().SingleAsync(c => c.Id == id, ct);
        if (code.FailedAttempts >= MaxFailedAttempts) return (CodeCheck.Locked, code);
        return code.UsedAt is not null || code.ExpiresAt <= Now ? (CodeCheck.Expired, code) : (CodeCheck.Wrong, code);
    }

    bool IsLocked(IEnumerable<OneTimeCode> recent) => recent.Any(c => c.FailedAttempts >= MaxFailedAttempts && c.CreatedAt + LockFor > Now);

    static string Hash(Guid id, string digits) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{id:N}:{digits}")));

    /// <summary>The message for a refused or failed code, in GOV.UK voice.</summary>
    public static string Explain(CodeRefusal refusal) => refusal switch
    {
        CodeRefusal.Locked => "The code was entered wrongly too many times. Wait 30 minutes, then ask for a new code",
        CodeRefusal.TooMany => "You have asked for too many codes. Wait an hour, then try again",
    };

    public static string Explain(CodeCheck check) => check switch
    {
        CodeCheck.Wrong => "The code is not correct. Check the code in the message and try again",
        CodeCheck.Expired => "The code has expired or has been used. Ask for a new code",
        CodeCheck.Locked => Explain(CodeRefusal.Locked),
        _ => "Ask for a new code",
    };
}
