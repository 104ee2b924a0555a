using FrontDoor.Features.DemoCouncil;
using FrontDoor.Features.Staff;

namespace FrontDoor.BrowserTests;

/// <summary>
/// Authenticator codes for the demo staff accounts. FrontDoor accepts each 30-second step once per account (a code
/// cannot be replayed) and one step either side of now; each sign-in here takes the next step nobody has used, and
/// waits for the clock only when three sign-ins as the same person fall in one step.
/// </summary>
public static class DemoCodes
{
    static readonly Dictionary<string, long> LastStep = [];
    static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<string> NextAsync(string email)
    {
        await Gate.WaitAsync();
        try
        {
            while (true)
            {
                var now = Totp.StepAt(DateTimeOffset.UtcNow);
                var step = Math.Max(now, LastStep.GetValueOrDefault(email) + 1);
                if (step <= now + 1)
                {
                    LastStep[email] = step;
                    return Totp.Code(Totp.FromBase32(DemoStaff.TotpKey), step);
                }
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
        finally { Gate.Release(); }
    }
}
