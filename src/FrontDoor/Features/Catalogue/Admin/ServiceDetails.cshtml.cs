using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Features.Teams;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue.Admin;

/// <summary>
/// Everything about one service but its questions: words, A to Z titles, team, standard, channels, status. Service
/// managers reach only their own team's services; two people saving at once cannot overwrite each other.
/// </summary>
[Authorize(Policy = StaffSetup.ServiceManagers)]
public class ServiceDetailsModel(FrontDoorDb db, AuditLog audit) : PageModel
{
    [BindProperty] public ServiceFields Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }
    public Service Service { get; private set; } = null!;
    public List<Team> Teams { get; private set; } = [];
    public string? DoneMessage => TempData.Done();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var id = RouteData.Values["id"] is string text && int.TryParse(text, out var parsed) ? parsed : 0;
        var staff = StaffUser.From(User)!;
        if (await db.Services.Include(s => s.Team).SingleOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted) is not { } service)
        {
            context.Result = NotFound();
            return;
        }
        if (!staff.CanManage(service.TeamId))
        {
            context.Result = Forbid();
            return;
        }
        Service = service;
        Teams = await ServiceManagement.TeamsFor(staff, db, HttpContext.RequestAborted);
        await next();
    }

    public void OnGet() => (Input, Version) = (ServiceFields.From(Service), Service.Version);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var (field, error) in Input.Errors(Teams, Service.Form)) ModelState.AddModelError(field, error);
        if (ModelState.IsValid && Version != Service.Version) ModelState.AddModelError("name", ServiceManagement.Stale);
        if (!ModelState.IsValid) return Page();

        var oldName = Service.Name;
        var changes = Input.ApplyTo(Service, Teams.Single(t => t.Name == Input.Team));
        audit.AddChange(HttpContext.Actor(), $"Changed the service {oldName}", changes);
        if (!await db.TrySaveAsync(Service, Version, ct))
        {
            ModelState.AddModelError("name", ServiceManagement.Stale);
            return Page();
        }
        TempData.Done($"{Service.Name} saved");
        return Redirect(StaffLinks.Service(Service.Id));
    }
}
