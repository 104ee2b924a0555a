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
        ("admin@ashworth.example", "Ada Administrator", StaffRole.Administrator, null),
        ("councillor@ashworth.example", "Cllr Chris Khan", StaffRole.Councillor, null),
    ];

    static readonly (string? Team, string Title, string Body)[] Templates =
    [
        (null, "Investigating", "We are looking into your request ({{reference}}). We aim to deal with it by {{due_date}}."),
        (null, "Need more information", "We need a little more information to deal with your request ({{reference}}). Please reply to this email or call us, quoting your reference."),
        (null, "Work scheduled", "We have scheduled the work needed for your request ({{reference}})."),
        (null, "Fixed", "The problem you reported ({{reference}}) has been fixed. Thank you for telling {{council}} about it."),
        ("Highways", "Pothole inspected: not at intervention level", "An inspector has visited. The defect is below the depth at which we repair it, so we will keep it under review at our routine inspections."),
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
        if (!await db.ResponseTemplates.AnyAsync(ct))
            foreach (var (team, title, body) in Templates)
                db.ResponseTemplates.Add(new ResponseTemplates.ResponseTemplate
                {
                    Team = team is null ? null : await Teams.TeamNames.EnsureAsync(db, team, DateTime.UtcNow, ct), Title = title, Body = body,
                });
        await db.SaveChangesAsync(ct);
    }
}
