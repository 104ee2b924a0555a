using System.Security.Cryptography;
using OtpNet;

namespace FrontDoor.Features.Staff;

/// <summary>
/// Time-based one-time passwords (RFC 6238, HMAC-SHA1, 6 digits, 30-second steps), as authenticator apps make them,
/// by Otp.NET. The key is shown to people in Base32 (RFC 4648), which is how those apps take it.
/// </summary>
public static class Totp
{
    const int StepSeconds = 30;

    public static byte[] NewKey() => KeyGeneration.GenerateRandomKey(20);

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(byte[] key, long step) => Generator(key).ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * StepSeconds).UtcDateTime);

    /// <summary>
    /// The step the code belongs to, allowing one step either side for clock drift, or null.
    /// Steps at or before <paramref name="lastUsedStep"/> are refused so a code cannot be replayed.
    /// </summary>
    public static long? Verify(byte[] key, string code, DateTimeOffset now, long lastUsedStep)
    {
        // Each step in the window is checked on its own, so a used step never hides a later one with the same code.
        var generator = Generator(key);
        var current = StepAt(now);
        for (var step = Math.Max(current - 1, lastUsedStep + 1); step <= current + 1; step++)
        {
            var expected = generator.ComputeTotp(DateTimeOffset.FromUnixTimeSeconds(step * StepSeconds).UtcDateTime);
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(code)))
                return step;
        }
        return null;
    }

    public static string ToBase32(byte[] data) => Base32Encoding.ToString(data).TrimEnd('=');

    public static byte[] FromBase32(string text)
    {
        var clean = text.Replace(" ", "").TrimEnd('=').ToUpperInvariant();
        if (clean.Length == 0 || clean.Any(ch => ch is not ((>= 'A' and <= 'Z') or (>= '2' and <= '7')))) throw new FormatException("Not a Base32 key");
        return Base32Encoding.ToBytes(clean);
    }

    /// <summary>The address an authenticator app reads from a link or QR code (Key Uri Format).</summary>
    public static string KeyUri(string issuer, string account, byte[] key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={ToBase32(key)}&issuer={Uri.EscapeDataString(issuer)}";

    static OtpNet.Totp Generator(byte[] key) => new(key, step: StepSeconds, mode: OtpHashMode.Sha1, totpSize: 6);
}
