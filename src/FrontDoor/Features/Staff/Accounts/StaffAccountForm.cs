using System.Security.Cryptography;
using FrontDoor.Data;
using FrontDoor.Features.Forms;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Staff.Accounts;

/// <summary>What an administrator enters about a member of staff, and its checks; shared by adding and changing.</summary>
public static class StaffAccountForm
{
    public static readonly string[] FieldOrder = ["displayName", "email", "role", "team"];

    public static IEnumerable<(string Field, string Error)> Errors(string? name, string? email, string? role, string? team, IReadOnlyList<Teams.Team> teams, bool askEmail)
    {
        if (string.IsNullOrWhiteSpace(name)) yield return ("displayName", "Enter their full name");
        else if (name.Trim().Length > 100) yield return ("displayName", "Full name must be 100 characters or less");
        else if (AnswerValidator.LooksLikeHtml(name)) yield return ("displayName", "Full name must not include HTML or code, such as < and >");
        if (askEmail && (string.IsNullOrWhiteSpace(email) || !AnswerValidator.IsEmail(email.Trim())))
            yield return ("email", "Enter an email address in the correct format, like name@example.com");
        if (!Enum.TryParse<StaffRole>(role, out var parsed) || !Enum.IsDefined(parsed)) yield return ("role", "Choose their role");
        else if (parsed is StaffRole.Officer or StaffRole.TeamLeader && string.IsNullOrEmpty(team)) yield return ("team", "Choose the team they work in");
        else if (parsed is StaffRole.ServiceManager && string.IsNullOrEmpty(team)) yield return ("team", "Choose the team whose services they manage");
        if (!string.IsNullOrEmpty(team) && TeamId(teams, team) is null) yield return ("team", "Choose a team from the list");
    }

    /// <summary>The teams a member of staff can join, by name (each name is unique).</summary>
    public static Task<List<Teams.Team>> TeamsAsync(FrontDoorDb db, CancellationToken ct) => db.Teams.OrderBy(t => t.Name).ToListAsync(ct);

    /// <summary>The id of the team chosen by name, or null for none.</summary>
    public static long? TeamId(IEnumerable<Teams.Team> teams, string? name) => teams.FirstOrDefault(t => t.Name == name)?.Id;

    /// <summary>A one-off password for the administrator to pass on; the person sets up their authenticator when they first use it.</summary>
    public static string TemporaryPassword() => RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
}
