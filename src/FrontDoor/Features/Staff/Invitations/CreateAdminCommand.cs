using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff.Accounts;
using FrontDoor.Shared;
using FrontDoor.Shared.Council;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Staff.Invitations;

/// <summary>The first administrator of a new FrontDoor, who then adds everyone and everything else in the pages.</summary>
public static class CreateAdminCommand
{
    public static readonly AppCommand Command = new("create-admin", "<email> \"<full name>\"",
        "Adds an administrator and prints a one-time link (valid 24 hours) to choose a password", RunAsync);

    static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args is not [var email, var name])
        {
            await Console.Error.WriteLineAsync("Give an email address and a full name: create-admin <email> \"<full name>\"");
            return 2;
        }
        var errors = StaffAccountForm.Errors(name, email, nameof(StaffRole.Administrator), null, [], askEmail: true).ToList();
        foreach (var (_, error) in errors) await Console.Error.WriteLineAsync(error);
        if (errors.Count > 0) return 2;

        await app.PrepareDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var normalised = StaffMember.Normalise(email);
        var refusal = $"There is already a staff account for {email.Trim()}. Sign in with it, or ask an administrator to reset its password.";
        if (await db.StaffMembers.AnyAsync(s => s.EmailNormalised == normalised))
        {
            await Console.Error.WriteLineAsync(refusal);
            return 1;
        }
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var admin = new StaffMember
        {
            Email = email.Trim(), EmailNormalised = normalised, DisplayName = name.Trim(), Role = StaffRole.Administrator,
            PasswordHash = "", CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        // A password nobody knows, so the account cannot be signed in to until its owner chooses one through the link.
        admin.PasswordHash = scope.ServiceProvider.GetRequiredService<IPasswordHasher<StaffMember>>().HashPassword(admin, StaffAccountForm.TemporaryPassword());
        db.StaffMembers.Add(admin);
        scope.ServiceProvider.GetRequiredService<AuditLog>().Add(Actor.System("create-admin"), $"Added administrator {admin.DisplayName}", null, null);
        try { await db.SaveChangesAsync(); }
        catch (DbUpdateException)
        {
            await Console.Error.WriteLineAsync(refusal);
            return 1;
        }

        var token = scope.ServiceProvider.GetRequiredService<StaffInvitations>().Token(admin);
        var link = StaffInvitations.Link(SiteBase(app), token);
        Console.WriteLine($"Added {admin.DisplayName} ({admin.Email}) as an administrator.");
        Console.WriteLine($"Within 24 hours, open this link to choose a password and set up an authenticator app. It works once:\n\n  {link}\n");
        return 0;
    }

    /// <summary>Council:PublicUrl when set; otherwise the first address this server listens on, as `dotnet run` would.</summary>
    static string SiteBase(WebApplication app) =>
        app.Services.GetRequiredService<IOptions<CouncilOptions>>().Value.PublicUrl
        ?? app.Configuration["urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Replace("://+", "://localhost").Replace("://*", "://localhost").Replace("://0.0.0.0", "://localhost")
        ?? "http://localhost:5000";
}
