using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Infrastructure;

public sealed class StaffAccount(long id, string email, string name, byte[] key)
{
    public long Id => id;
    public string Email => email;
    public string Name => name;
    public const string Password = "Correct-horse-battery-9";
    public byte[] Key => key;
    long lastStep;

    /// <summary>A fresh code: the app refuses a step it has already accepted, so each sign-in moves on one.</summary>
    public string NextCode(TimeProvider clock)
    {
        lastStep = Math.Max(Totp.StepAt(clock.GetUtcNow()), lastStep + 1);
        return Totp.Code(key, lastStep);
    }
}

public static class StaffAccounts
{
    public static async Task<StaffAccount> CreateAsync(TestApp app, StaffRole role, string? team, bool withAuthenticator = true)
    {
        await using var scope = app.Scope(out var db);
        var key = Totp.NewKey();
        var email = $"{role.ToString().ToLowerInvariant()}-{Guid.NewGuid():N}@staff.example";
        var staff = new StaffMember
        {
            Email = email, EmailNormalised = email, DisplayName = $"{role} {Guid.NewGuid().ToString("N")[..6]}", Role = role, TeamId = team is null ? null : (await TestData.TeamAsync(app, team)).Id,
            PasswordHash = "", CreatedAt = DateTime.UtcNow,
            TotpSecretProtected = withAuthenticator ? scope.ServiceProvider.GetRequiredService<StaffSignIn>().ProtectTotpKey(key) : null,
        };
        staff.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<StaffMember>>().HashPassword(staff, StaffAccount.Password);
        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        return new StaffAccount(staff.Id, email, staff.DisplayName, key);
    }

    /// <summary>
    /// A browser signed in as this member of staff by the tests' own scheme (no password, no authenticator), for every
    /// test that is not about signing in. Each test uses its own account, so no two share a session or a code.
    /// </summary>
    public static Browser As(TestApp app, StaffAccount account)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(TestSignIn.StaffHeader, account.Id.ToString());
        return new Browser(client);
    }

    /// <summary>Signs in through both steps, as a person would, and returns their browser.</summary>
    public static async Task<Browser> SignInAsync(TestApp app, StaffAccount account, TimeProvider? clock = null, HttpClient? client = null)
    {
        var browser = new Browser(client ?? app.CreateClient());
        await browser.GetAsync("/staff/sign-in");
        await browser.SubmitAsync(new Dictionary<string, string> { ["email"] = account.Email, ["password"] = StaffAccount.Password });
        Assert.Equal("/staff/sign-in/code", browser.Path);
        await browser.SubmitAsync(new Dictionary<string, string> { ["code"] = account.NextCode(clock ?? TimeProvider.System) });
        Assert.StartsWith("/staff", browser.Path);
        Assert.DoesNotContain("/staff/sign-in", browser.Path);
        return browser;
    }
}
