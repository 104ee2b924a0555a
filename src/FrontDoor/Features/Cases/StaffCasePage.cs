using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using FrontDoor.Shared;

namespace FrontDoor.Features.Cases;

/// <summary>
/// A staff page about one case: loads it by reference and refuses anyone whose role and team do not
/// allow <see cref="Allowed"/>. Forms carry the version they were drawn from, for optimistic concurrency.
/// </summary>
public abstract class StaffCasePage(FrontDoorDb db) : PageModel
{
    protected FrontDoorDb Db => db;
    public Case Case { get; private set; } = null!;
    public StaffUser Staff => StaffUser.From(User)!;
    protected Actor Actor => HttpContext.Actor();
    [BindProperty] public int Version { get; set; }

    protected abstract bool Allowed(StaffUser staff, Case c);

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var found = await LoadAsync(HttpContext.RequestAborted);
        if (found is null) context.Result = NotFound();
        else if (!Allowed(Staff, found)) context.Result = Forbid();
        else
        {
            Case = found;
            if (!HttpMethods.IsPost(Request.Method)) Version = found.Version;
            await next();
        }
    }

    /// <summary>After a refused change: drop what was half-applied and show the case as it now is.</summary>
    protected async Task ReloadAsync(CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Case = (await LoadAsync(ct))!;
        Version = Case.Version;
    }

    /// <summary>Shows a refused change: a stale form gets the latest case; an invalid one an error on its field.</summary>
    protected async Task<IActionResult> RefusedAsync(WorkflowResult result, CancellationToken ct)
    {
        if (result.Outcome == WorkflowOutcome.Stale)
        {
            await ReloadAsync(ct);
            ModelState.AddModelError("", result.Message!);
        }
        else
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(CaseFields.Name(result.Field!.Value), result.Message!);
        }
        await OnRefusedAsync(ct);
        return Page();
    }

    /// <summary>Rebuilds whatever the page shows besides the case, when it is shown again with errors.</summary>
    protected virtual Task OnRefusedAsync(CancellationToken ct) => Task.CompletedTask;

    protected IActionResult Done(string message)
    {
        TempData.Done(message);
        // A move to another team can take the case out of this person's sight: their queue says where it went.
        return Redirect(Staff.CanView(Case) ? StaffLinks.Case(Case.Reference) : StaffLinks.Queue);
    }

    protected string SiteBase => Request.SiteBase();

    Task<Case?> LoadAsync(CancellationToken ct)
    {
        var reference = CaseReference.Normalise((string?)RouteData.Values["reference"]);
        return db.Cases.Include(c => c.Service).Include(c => c.Team).Include(c => c.Customer).ThenInclude(c => c!.ContactPoints).Include(c => c.Customer).ThenInclude(c => c!.Property).Include(c => c.Assignee)
            .SingleOrDefaultAsync(c => c.Reference == reference, ct);
    }
}
