using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Appointments.Admin;

/// <summary>
/// What an officer brings to an appointment: languages they speak well enough to advise in, BSL, and specialisms. The
/// booking puts residents with the officer who needs no interpreter for them, and specialist appointments with specialists.
/// </summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class OfficerSkillsModel(FrontDoorDb db, AuditLog audit) : PageModel
{
    public static readonly string[] FieldOrder = ["languages", "bsl", "specialisms"];
    const int MaxEach = 100, MaxLines = 20;

    [BindProperty] public string? Languages { get; set; }
    [BindProperty] public string? Bsl { get; set; }
    [BindProperty] public string? Specialisms { get; set; }
    public StaffMember Officer { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long staffId, CancellationToken ct)
    {
        if (!await LoadAsync(staffId, ct)) return NotFound();
        var skills = await db.OfficerSkills.AsNoTracking().Where(s => s.StaffId == staffId).OrderBy(s => s.Value).ToListAsync(ct);
        Languages = string.Join('\n', skills.Where(s => s.Kind == SkillKind.Language).Select(s => s.Value));
        Specialisms = string.Join('\n', skills.Where(s => s.Kind == SkillKind.Specialism).Select(s => s.Value));
        Bsl = skills.Any(s => s.Kind == SkillKind.BritishSignLanguage) ? "true" : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long staffId, CancellationToken ct)
    {
        if (!await LoadAsync(staffId, ct)) return NotFound();
        var (languages, specialisms) = (Lines(Languages), Lines(Specialisms));
        foreach (var (field, lines, what) in new[] { ("languages", languages, "language"), ("specialisms", specialisms, "specialism") })
        {
            if (lines.Count > MaxLines) ModelState.AddModelError(field, $"Give {MaxLines} at most, one a line");
            else if (lines.Any(l => l.Length > MaxEach)) ModelState.AddModelError(field, $"Each {what} must be {MaxEach} characters or less");
            else if (lines.Any(AnswerValidator.LooksLikeHtml)) ModelState.AddModelError(field, $"A {what} must not include HTML or code, such as < and >");
        }
        if (!ModelState.IsValid) return Page();

        var old = await db.OfficerSkills.Where(s => s.StaffId == staffId).ToListAsync(ct);
        var before = AppointmentSetUpModel.SkillsText(old);
        db.OfficerSkills.RemoveRange(old);
        var now = languages.Select(l => new OfficerSkill { StaffId = staffId, Kind = SkillKind.Language, Value = l })
            .Concat(specialisms.Select(s => new OfficerSkill { StaffId = staffId, Kind = SkillKind.Specialism, Value = s }))
            .Concat(Bsl == "true" ? [new OfficerSkill { StaffId = staffId, Kind = SkillKind.BritishSignLanguage }] : []).ToList();
        db.OfficerSkills.AddRange(now);
        audit.AddChange(HttpContext.Actor(), $"Changed what {Officer.DisplayName} brings to appointments", [new("skills", before, AppointmentSetUpModel.SkillsText(now))]);
        await db.SaveChangesAsync(ct);
        TempData.Done($"{Officer.DisplayName}: {AppointmentSetUpModel.SkillsText(now)}");
        return Redirect(AppointmentAdminLinks.Overview);
    }

    /// <summary>One a line, trimmed, each once (whatever its capitals), as first written.</summary>
    static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).DistinctBy(l => l.ToLowerInvariant())];

    async Task<bool> LoadAsync(long staffId, CancellationToken ct)
    {
        if (await db.StaffMembers.AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId, ct) is not { } officer) return false;
        Officer = officer;
        return true;
    }
}
