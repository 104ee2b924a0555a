using FrontDoor.Data;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue.Admin;

/// <summary>
/// A page about one service's set-up (its details, its form): loads the service named in the address, refuses anyone who
/// may not manage its team, and saves against the version the person's form was read at.
/// </summary>
[Authorize(Policy = StaffSetup.ServiceManagers)]
public abstract class ServiceSetUpPage(FrontDoorDb db) : PageModel
{
    protected FrontDoorDb Db => db;
    [BindProperty] public int Version { get; set; }
    public Service Service { get; private set; } = null!;
    public string? DoneMessage => TempData.Done();

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var id = RouteData.Values["id"] is string text && int.TryParse(text, out var parsed) ? parsed : 0;
        if (await db.Services.Include(s => s.Team).SingleOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted) is not { } service)
        {
            context.Result = NotFound();
            return;
        }
        if (!StaffUser.From(User)!.CanManage(service.TeamId))
        {
            context.Result = Forbid();
            return;
        }
        Service = service;
        if (!HttpMethods.IsPost(Request.Method)) Version = service.Version;
        await LoadAsync(HttpContext.RequestAborted);
        await next();
    }

    /// <summary>What else the page shows, once the service is loaded.</summary>
    protected virtual Task LoadAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Saves the change unless someone saved the service since this person's page was read; says so on <paramref name="field"/> if they did.</summary>
    protected async Task<bool> SavedAsync(string field, CancellationToken ct)
    {
        if (Version == Service.Version && await db.TrySaveAsync(Service, Version, ct)) return true;
        ModelState.AddModelError(field, ServiceManagement.Stale);
        return false;
    }
}
