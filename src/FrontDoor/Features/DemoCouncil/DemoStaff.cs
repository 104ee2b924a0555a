using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.DemoCouncil;

/// <summary>
/// Demo sign-ins, one per role, all with the same password and authenticator key (README says how to use
/// them). Seeded only with the demo council: a real council turns Demo:Seed off and adds its own staff.
/// </summary>
public static class DemoStaff
{
    public const string Password = "Ashworth-demo-2026";
    public const string TotpKey = "ASHWORTHCOUNCILDEMOSTAFFSIGNINKY";

    public static readonly (string Email, string Name, StaffRole Role, string? Team)[] Accounts =
    [
        ("agent@ashworth.example", "Alex Agent", StaffRole.Agent, "Customer Services"),
        ("officer@ashworth.example", "Olu Officer", StaffRole.Officer, "Highways"),
        ("leader@ashworth.example", "Lee Leader", StaffRole.TeamLeader, "Highways"),
        ("waste.officer@ashworth.example", "Wren Waste", StaffRole.Officer, "Waste Services"),
        ("housing.officer@ashworth.example", "Hana Nowak", StaffRole.Officer, "Housing Options"),
        ("housing.adviser@ashworth.example", "Bea Adeyemi", StaffRole.Officer, "Housing Options"),
        ("admin@ashworth.example", "Ada Administrator", StaffRole.Administrator, null),
        ("councillor@ashworth.example", "Cllr Chris Khan", StaffRole.Councillor, null),
        ("manager@ashworth.example", "Morgan Manager", StaffRole.Manager, null),
    ];

    /// <summary>`dotnet run -- demo-code` prints the demo accounts' current authenticator code, for trying FrontDoor without an app.</summary>
    public static readonly Shared.AppCommand CodeCommand = new("demo-code", "", "Prints the demo staff accounts' current authenticator code",
        (_, _) =>
        {
            Console.WriteLine(Totp.Code(Totp.FromBase32(TotpKey), Totp.StepAt(DateTimeOffset.UtcNow)));
            return Task.FromResult(0);
        });

    public static async Task SeedAsync(FrontDoorDb db, IServiceProvider services, CancellationToken ct)
    {
        if (!await db.StaffMembers.AnyAsync(ct))
        {
            var hasher = services.GetRequiredService<IPasswordHasher<StaffMember>>();
            var signIn = services.GetRequiredService<StaffSignIn>();
            var key = Totp.FromBase32(TotpKey);
            foreach (var (email, name, role, team) in Accounts)
            {
                var staff = new StaffMember
                {
                    Email = email, EmailNormalised = StaffMember.Normalise(email), DisplayName = name, Role = role,
                    Team = team is null ? null : await Teams.TeamNames.EnsureAsync(db, team, DateTime.UtcNow, ct),
                    PasswordHash = "", TotpSecretProtected = signIn.ProtectTotpKey(key), CreatedAt = DateTime.UtcNow,
                };
                staff.PasswordHash = hasher.HashPassword(staff, Password);
                db.StaffMembers.Add(staff);
            }
        }
        await db.SaveChangesAsync(ct);
    }
}
