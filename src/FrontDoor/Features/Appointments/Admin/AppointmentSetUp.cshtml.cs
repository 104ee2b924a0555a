using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Appointments.Admin;

/// <summary>What residents can book appointments for, where they come, and what each officer who sees them brings.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class AppointmentSetUpModel(FrontDoorDb db) : PageModel
{
    public sealed record Officer(long Id, string Name, string? Team, List<OfficerSkill> Skills);

    public List<AppointmentType> Types { get; private set; } = [];
    public List<Location> Places { get; private set; } = [];
    public List<Officer> Officers { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Types = await db.AppointmentTypes.AsNoTracking().Include(t => t.Team).OrderBy(t => t.Name).ToListAsync(ct);
        Places = await db.Locations.AsNoTracking().OrderBy(l => l.Name).ToListAsync(ct);
        var skills = (await db.OfficerSkills.AsNoTracking().ToListAsync(ct)).ToLookup(s => s.StaffId);
        // Case workers, since any of them may be given an appointment diary.
        Officers = [.. (await db.StaffMembers.AsNoTracking().Where(s => s.IsActive && (s.Role == StaffRole.Officer || s.Role == StaffRole.TeamLeader))
            .OrderBy(s => s.DisplayName).Select(s => new { s.Id, s.DisplayName, Team = s.Team != null ? s.Team.Name : null }).ToListAsync(ct))
            .Select(s => new Officer(s.Id, s.DisplayName, s.Team, [.. skills[s.Id]]))];
    }

    public static string Modes(AppointmentModes modes) =>
        string.Join(", ", new[] { AppointmentModes.InPerson, AppointmentModes.Phone, AppointmentModes.Video }.Where(m => modes.HasFlag(m)).Select(AppointmentText.Mode));

    /// <summary>"Polish, BSL, Homelessness", or "None recorded".</summary>
    public static string SkillsText(IEnumerable<OfficerSkill> skills) =>
        skills.Any() ? string.Join(", ", skills.OrderBy(s => s.Kind).ThenBy(s => s.Value).Select(s => s.Kind == SkillKind.BritishSignLanguage ? "BSL" : s.Value)) : "None recorded";
}
