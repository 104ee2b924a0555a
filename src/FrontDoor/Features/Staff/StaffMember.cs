using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Staff;

public enum StaffRole { Agent, Officer, TeamLeader, Administrator, Councillor, ServiceManager, Manager }

/// <summary>A member of staff or a councillor who signs in to the workspace.</summary>
public class StaffMember
{
    public long Id { get; set; }
    public required string Email { get; set; }
    /// <summary>Lower-cased email, for sign-in look-ups.</summary>
    public required string EmailNormalised { get; set; }
    public required string DisplayName { get; set; }
    public StaffRole Role { get; set; }
    /// <summary>The team whose services they work; agents, administrators and councillors may have none.</summary>
    public long? TeamId { get; set; }
    public Teams.Team? Team { get; set; }
    public required string PasswordHash { get; set; }
    /// <summary>The TOTP key, encrypted with Data Protection; null until they set up an authenticator app.</summary>
    public string? TotpSecretProtected { get; set; }
    /// <summary>The last 30-second step accepted, so a code cannot be used twice.</summary>
    public long TotpLastStep { get; set; }
    /// <summary>Hashes of the unused recovery codes, one per line.</summary>
    public string RecoveryCodeHashes { get; set; } = "";
    public int FailedSignIns { get; set; }
    public DateTime? LockedOutUntil { get; set; }
    public bool IsActive { get; set; } = true;
    public DateTime CreatedAt { get; set; }
    /// <summary>Every session carries the stamp it began with; a new stamp ends them all (see <see cref="StaffSessions"/>).</summary>
    public string SecurityStamp { get; set; } = NewStamp();

    /// <summary>After a change to what they may do (role, team, deactivation, password, authenticator) or signing out.</summary>
    public void EndSessions() => SecurityStamp = NewStamp();

    static string NewStamp() => Guid.NewGuid().ToString("N");

    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    public static string RoleText(StaffRole role) => role switch
    {
        StaffRole.Agent => "Contact centre agent",
        StaffRole.TeamLeader => "Team leader",
        StaffRole.ServiceManager => "Service manager",
        StaffRole.Manager => "Manager (reads the performance figures)",
        _ => role.ToString(),
    };
}

sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> e)
    {
        e.HasIndex(s => s.EmailNormalised).IsUnique();
        e.HasOne(s => s.Team).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
