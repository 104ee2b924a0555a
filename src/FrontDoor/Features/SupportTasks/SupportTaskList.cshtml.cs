using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.SupportTasks;

/// <summary>Interpreters to book and letters to make in other formats, soonest due first, for the team that arranges them.</summary>
[Authorize(Policy = StaffSetup.CaseWorkers)]
public class SupportTaskListModel(FrontDoorDb db, SupportArrangers arrangers, AuditLog audit, TimeProvider clock) : PageModel
{
    const int Shown = 200;

    public sealed record Row(long Id, SupportKind Kind, string? Language, string Customer, long? AppointmentId, string? CaseReference, long? LetterId,
        DateTime NeededBy, DateTime DueAt, SupportTaskState State, int Version, bool Overdue);

    public List<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await arrangers.MayArrangeAsync(StaffUser.From(User), ct)) return Forbid();
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.SupportTasks.AsNoTracking().Where(t => t.State == SupportTaskState.Open || t.State == SupportTaskState.Arranged)
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id).Take(Shown)
            .Select(t => new { t.Id, t.Kind, t.Language, t.Customer.FullName, t.AppointmentId, CaseReference = t.Case != null ? t.Case.Reference : null, t.LetterId, t.NeededBy, t.DueAt, t.State, t.Version })
            .ToListAsync(ct);
        Rows = [.. open.Select(t => new Row(t.Id, t.Kind, t.Language, t.FullName, t.AppointmentId, t.CaseReference, t.LetterId, t.NeededBy, t.DueAt, t.State, t.Version,
            t.State == SupportTaskState.Open && t.DueAt < now))];
        if (Rows.Count > 0) await audit.RecordReadAsync(HttpContext.Actor(), "Viewed the support tasks", null, null, ct);
        return Page();
    }

    /// <summary>Marks a task arranged (an interpreter booked) or done (the letter made, the interpreter came).</summary>
    public async Task<IActionResult> OnPostAsync([FromForm] long id, [FromForm] int version, [FromForm] SupportTaskState to, CancellationToken ct)
    {
        if (!await arrangers.MayArrangeAsync(StaffUser.From(User), ct)) return Forbid();
        if (await db.SupportTasks.Include(t => t.Customer).SingleOrDefaultAsync(t => t.Id == id, ct) is not { } task) return NotFound();
        var allowed = (task.State, to) is (SupportTaskState.Open, SupportTaskState.Arranged or SupportTaskState.Done) or (SupportTaskState.Arranged, SupportTaskState.Done);
        if (allowed)
        {
            task.State = to;
            if (to == SupportTaskState.Done) task.ClosedAt = clock.GetUtcNow().UtcDateTime;
            audit.Add(HttpContext.Actor(), $"Marked a support task {SupportText.Tag(to).Text.ToLowerInvariant()}", task.CaseId, task.CustomerId);
            // Someone else may have moved it first: then the list shows where it is now.
            if (await db.TrySaveAsync(task, version, ct))
                TempData.Done($"{SupportText.Kind(task.Kind, task.Language)} for {task.Customer.FullName}: {SupportText.Tag(to).Text.ToLowerInvariant()}");
        }
        return Redirect(SupportTaskLinks.List);
    }
}

public static class SupportTaskLinks
{
    public const string List = "/staff/support-tasks";
}
