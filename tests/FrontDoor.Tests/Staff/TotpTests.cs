using System.Text;
using FrontDoor.Features.Staff;

namespace FrontDoor.Tests.Staff;

public class TotpTests
{
    static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    /// <summary>RFC 6238 appendix B's SHA-1 vectors, as the 6-digit codes authenticator apps show (the last six of eight).</summary>
    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1111111111, "050471")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Code_MatchesRfc6238TestVectors(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcKey, Totp.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))));

    [Fact]
    public void Verify_AllowsOneStepOfDriftAndNeverTheSameStepTwice()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1234567890);
        var step = Totp.StepAt(now);
        Assert.Equal(step - 1, Totp.Verify(RfcKey, Totp.Code(RfcKey, step - 1), now, 0));
        Assert.Null(Totp.Verify(RfcKey, Totp.Code(RfcKey, step - 2), now, 0));
        Assert.Null(Totp.Verify(RfcKey, Totp.Code(RfcKey, step), now, step));
    }

    [Fact]
    public void Base32_RoundTripsAndReadsKeysAsAppsShowThem()
    {
        Assert.Equal("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", Totp.ToBase32(RfcKey));
        Assert.Equal(RfcKey, Totp.FromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq"));
    }
}
