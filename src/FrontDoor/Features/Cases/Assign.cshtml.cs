using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

public class AssignModel(FrontDoorDb db, CaseWorkflow workflow) : StaffCasePage(db)
{
    [BindProperty] public string? Team { get; set; }
    [BindProperty] public string? Assignee { get; set; }
    [BindProperty] public string? Priority { get; set; }
    public List<Teams.Team> Teams { get; private set; } = [];
    public List<StaffMember> TeamMembers { get; private set; } = [];

    protected override bool Allowed(StaffUser staff, Case c) => staff.CanWork(c);

    public async Task OnGetAsync(CancellationToken ct)
    {
        Team = Case.Team.Name;
        Assignee = Case.AssigneeId?.ToString() ?? "";
        Priority = Priorities.Code(Case.Priority);
        await OnRefusedAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await OnRefusedAsync(ct);
        var team = Teams.FirstOrDefault(t => t.Name == Team);
        if (team is null) ModelState.AddModelError("team", "Choose a team");
        var priority = Priorities.FromCode(Priority);
        if (priority is null) ModelState.AddModelError("priority", "Choose a priority");
        long? assigneeId = long.TryParse(Assignee, out var id) ? id : null;
        if (!ModelState.IsValid) return Page();

        // Moving to another team hands the case to that team's queue; the person chosen here belongs to the old one.
        var moving = team!.Id != Case.TeamId;
        if (moving) assigneeId = null;
        var result = await workflow.AssignAsync(Case, Version, Actor, team, assigneeId, priority!.Value, ct);
        if (!result.Succeeded) return await RefusedAsync(result, ct);
        return Done(moving ? $"Case {Case.Reference} moved to the {Team} team" : "Case assigned");
    }

    protected override async Task OnRefusedAsync(CancellationToken ct)
    {
        Teams = await Db.Teams.OrderBy(t => t.Name).ToListAsync(ct);
        TeamMembers = await Db.StaffMembers.AsNoTracking()
            .Where(s => s.IsActive && s.TeamId == Case.TeamId && (s.Role == StaffRole.Officer || s.Role == StaffRole.TeamLeader))
            .OrderBy(s => s.DisplayName).ToListAsync(ct);
    }
}
