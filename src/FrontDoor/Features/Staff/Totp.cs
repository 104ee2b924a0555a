using System.Security.Cryptography;

namespace FrontDoor.Features.Staff;

/// <summary>
/// Time-based one-time passwords (RFC 6238, HMAC-SHA1, 6 digits, 30-second steps): what authenticator
/// apps produce. The key is shown to people in Base32 (RFC 4648), which is how those apps take it.
/// </summary>
public static class Totp
{
    const int StepSeconds = 30;
    const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(20);

    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    public static string Code(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(counter, step);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    /// <summary>
    /// The step the code belongs to, allowing one step either side for clock drift, or null.
    /// Steps at or before <paramref name="lastUsedStep"/> are refused so a code cannot be replayed.
    /// </summary>
    public static long? Verify(byte[] key, string code, DateTimeOffset now, long lastUsedStep)
    {
        var current = StepAt(now);
        for (var step = current - 1; step <= current + 1; step++)
        {
            if (step <= lastUsedStep) continue;
            if (CryptographicOperations.FixedTimeEquals(System.Text.Encoding.ASCII.GetBytes(Code(key, step)), System.Text.Encoding.ASCII.GetBytes(code)))
                return step;
        }
        return null;
    }

    public static string ToBase32(byte[] data)
    {
        var result = new System.Text.StringBuilder();
        for (var bit = 0; bit < data.Length * 8; bit += 5)
        {
            var value = 0;
            for (var i = 0; i < 5; i++)
            {
                var b = bit + i;
                value = (value << 1) | (b < data.Length * 8 ? (data[b / 8] >> (7 - b % 8)) & 1 : 0);
            }
            result.Append(Alphabet[value]);
        }
        return result.ToString();
    }

    public static byte[] FromBase32(string text)
    {
        var clean = text.Replace(" ", "").TrimEnd('=').ToUpperInvariant();
        var bytes = new byte[clean.Length * 5 / 8];
        var bit = 0;
        foreach (var ch in clean)
        {
            var value = Alphabet.IndexOf(ch);
            if (value < 0) throw new FormatException("Not a Base32 key");
            for (var i = 4; i >= 0; i--, bit++)
                if (bit / 8 < bytes.Length && ((value >> i) & 1) == 1) bytes[bit / 8] |= (byte)(1 << (7 - bit % 8));
        }
        return bytes;
    }

    /// <summary>The address an authenticator app reads from a link or QR code (Key Uri Format).</summary>
    public static string KeyUri(string issuer, string account, byte[] key) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={ToBase32(key)}&issuer={Uri.EscapeDataString(issuer)}";
}
