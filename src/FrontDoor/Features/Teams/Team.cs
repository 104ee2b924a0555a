using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Teams;

/// <summary>
/// A team that owns services and works their cases. Services, staff, cases and response templates point at it by id,
/// so renaming it moves nothing. Its team leaders are its members with that role.
/// </summary>
public class Team : Data.IVersioned, Data.IPublicContent
{
    public long Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The team's shared mailbox, shown to staff and used for messages to the team as a whole.</summary>
    public string? Email { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>Bumped by every change, so two administrators editing at once cannot overwrite each other.</summary>
    public int Version { get; set; }

    /// <summary>A copy to track in one context, of a team held in memory and shared (Catalogue/HeldContent); it has no navigations to share.</summary>
    public Team Copy() => (Team)MemberwiseClone();
}

sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> e)
    {
        e.HasIndex(t => t.Name).IsUnique();
        e.Property(t => t.Version).IsConcurrencyToken();
    }
}

public static class TeamNames
{
    /// <summary>The team with this name, added if there is none yet (for seeding and imports, which name teams).</summary>
    public static async Task<Team> EnsureAsync(Data.FrontDoorDb db, string name, DateTime now, CancellationToken ct)
    {
        var team = db.Teams.Local.FirstOrDefault(t => t.Name == name) ?? await db.Teams.SingleOrDefaultAsync(t => t.Name == name, ct);
        if (team is null) db.Teams.Add(team = new Team { Name = name, CreatedAt = now });
        return team;
    }
}
