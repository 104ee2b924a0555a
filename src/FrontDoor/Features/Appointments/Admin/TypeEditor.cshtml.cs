using System.Text.RegularExpressions;
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

/// <summary>Something residents can book time with an officer for, new or changed.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public partial class TypeEditorModel(FrontDoorDb db, AuditLog audit) : PageModel
{
    public static readonly string[] FieldOrder = ["name", "code", "description", "team", "modes", "duration", "specialism", "inUse"];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public long? Team { get; set; }
    [BindProperty] public List<AppointmentModes> Modes { get; set; } = [];
    [BindProperty] public string? Duration { get; set; } = "30";
    [BindProperty] public string? Specialism { get; set; }
    /// <summary>"true" when ticked. An unticked box sends nothing, so nothing here may default it (a new one is ticked on GET).</summary>
    [BindProperty] public string? InUse { get; set; }
    public AppointmentType? Existing { get; private set; }
    public List<Teams.Team> Teams { get; private set; } = [];

    [GeneratedRegex("^[a-z][a-z0-9-]{1,99}$")]
    private static partial Regex CodeShape();

    public async Task<IActionResult> OnGetAsync(long? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        InUse = "true";
        if (Existing is { } t)
            (Name, Code, Description, Team, Duration, Specialism, InUse) = (t.Name, t.Slug, t.Description, t.TeamId, t.DurationMinutes.ToString(), t.Specialism, t.IsActive ? "true" : null);
        if (Existing is { } e) Modes = [.. Enum.GetValues<AppointmentModes>().Where(m => m != AppointmentModes.None && e.Modes.HasFlag(m))];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long? id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        var errors = new List<(string Field, string Message)>(SetUpText.Errors("name", Name, "what residents book", 100, required: true));
        var code = Code?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(code)) errors.Add(("code", "Enter a code for links, like housing-advice"));
        else if (!CodeShape().IsMatch(code)) errors.Add(("code", "The code must start with a letter and use only lower-case letters, numbers and hyphens, like housing-advice"));
        else if (await db.AppointmentTypes.AnyAsync(t => t.Slug == code && t.Id != id, ct)) errors.Add(("code", "There is already an appointment type with that code"));
        errors.AddRange(SetUpText.Errors("description", Description, "the description", 1000, required: true));
        if (!Teams.Any(t => t.Id == Team)) errors.Add(("team", "Select the team whose officers take it"));
        var modes = Modes.Where(m => m is AppointmentModes.InPerson or AppointmentModes.Phone or AppointmentModes.Video).Aggregate(AppointmentModes.None, (all, m) => all | m);
        if (modes == AppointmentModes.None) errors.Add(("modes", "Select at least one way to meet"));
        var minutes = SetUpText.WholeNumber(Duration, 5, 480, "duration", "The length must be a whole number of minutes from 5 to 480", errors);
        errors.AddRange(SetUpText.Errors("specialism", Specialism, "the specialism", 100));
        foreach (var (field, message) in errors) ModelState.AddModelError(field, message);
        if (!ModelState.IsValid) return Page();

        var type = Existing ?? db.AppointmentTypes.Add(new AppointmentType { Slug = "", Name = "" }).Entity;
        var before = Existing is null ? null : Summary(type);
        (type.Name, type.Slug, type.Description, type.TeamId, type.Modes, type.DurationMinutes) = (Name!.Trim(), code!, Description!.Trim(), Team!.Value, modes, minutes!.Value);
        (type.Specialism, type.IsActive) = (string.IsNullOrWhiteSpace(Specialism) ? null : Specialism.Trim(), InUse == "true");
        audit.AddChange(HttpContext.Actor(), Existing is null ? $"Added the appointment type {type.Name}" : $"Changed the appointment type {type.Name}",
            [new("appointment type", before, Summary(type))]);
        await db.SaveChangesAsync(ct);
        TempData.Done($"{type.Name} is saved" + (type.IsActive ? "" : ": residents cannot book it"));
        return Redirect(AppointmentAdminLinks.Overview);
    }

    static string Summary(AppointmentType t) =>
        $"{t.Name} ({t.Slug}); {AppointmentSetUpModel.Modes(t.Modes)}; {t.DurationMinutes} minutes{(t.Specialism is { } s ? $"; needs {s}" : "")}; {(t.IsActive ? "offered" : "not offered")}";

    async Task<bool> LoadAsync(long? id, CancellationToken ct)
    {
        Teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        return id is null || (Existing = await db.AppointmentTypes.FindAsync([id], ct)) is not null;
    }
}
