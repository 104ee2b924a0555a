using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Forms;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Teams;

/// <summary>What an administrator enters about a team, and its checks; shared by adding and changing one.</summary>
public static class TeamForm
{
    public static readonly string[] FieldOrder = ["name", "email"];
    public const string Stale = "Someone else changed this team while you were editing it. Check what it says now, then make your change again";

    public static async Task<List<(string Field, string Error)>> ErrorsAsync(FrontDoorDb db, string? name, string? email, long? teamId, CancellationToken ct)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(name)) errors.Add(("name", "Enter the team's name"));
        else if (name.Trim().Length > 100) errors.Add(("name", "Team name must be 100 characters or less"));
        else if (AnswerValidator.LooksLikeHtml(name)) errors.Add(("name", "Team name must not include HTML or code, such as < and >"));
        else if (await NameTakenAsync(db, name, teamId, ct)) errors.Add(("name", Taken(name)));
        if (!string.IsNullOrWhiteSpace(email) && !AnswerValidator.IsEmail(email.Trim()))
            errors.Add(("email", "Enter an email address in the correct format, like highways@council.gov.uk"));
        return errors;
    }

    public static string Taken(string name) => $"There is already a team called {name.Trim()}";

    /// <summary>Names are unique whatever their case: "Highways" and "highways" would be one team to the people using them.</summary>
    static async Task<bool> NameTakenAsync(FrontDoorDb db, string name, long? teamId, CancellationToken ct)
    {
        var upper = name.Trim().ToUpperInvariant();
        return await db.Teams.AnyAsync(t => t.Name.ToUpper() == upper && t.Id != teamId, ct);
    }

    public static IEnumerable<FieldChange> Changes(Team? before, string name, string? email) =>
    [
        new("Name", before?.Name, name),
        new("Shared email address", before?.Email, email),
    ];

    public static string? CleanEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();
}
