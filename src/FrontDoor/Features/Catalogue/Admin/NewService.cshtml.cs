using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Features.Teams;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue.Admin;

public enum NewServiceKind { Form, Link }

/// <summary>
/// Starts a service as a draft: what it is called, its address, its team, and either the form it begins with (the
/// questions of a service it is like) or the website it links to. The rest is set on the service's own page.
/// </summary>
[Authorize(Policy = StaffSetup.ServiceManagers)]
public class NewServiceModel(FrontDoorDb db, AuditLog audit) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Slug { get; set; }
    [BindProperty] public string? Team { get; set; }
    [BindProperty] public string? Topic { get; set; }
    [BindProperty] public string? Summary { get; set; }
    [BindProperty] public string? Kind { get; set; }
    [BindProperty] public string? CopyFrom { get; set; }
    [BindProperty] public string? ExternalUrl { get; set; }
    public List<Team> Teams { get; private set; } = [];
    public List<Service> FormsToCopy { get; private set; } = [];
    public static readonly string[] FieldOrder = ["name", "slug", "team", "topic", "summary", "kind", "copyFrom", "externalUrl"];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        Slug = Slug?.Trim().ToLowerInvariant();
        var fields = new ServiceFields
        {
            Name = Name, Summary = Summary, Topic = Topic, Team = Team, StandardDays = "10",
            Channels = [.. Cases.Channels.Assisted.Select(c => c.ToString())], Status = nameof(ServiceStatus.Draft),
            ExternalUrl = Kind == nameof(NewServiceKind.Link) ? ExternalUrl : null,
        };
        var copied = FormsToCopy.FirstOrDefault(s => s.Id.ToString() == CopyFrom);
        foreach (var (field, error) in fields.Errors(Teams, new())) ModelState.AddModelError(field, error);
        if (ServiceFields.SlugError(Slug) is { } slugError) ModelState.AddModelError("slug", slugError);
        else if (await db.Services.AnyAsync(s => s.Slug == Slug, ct)) ModelState.AddModelError("slug", Taken(Slug!));
        if (!Enum.TryParse<NewServiceKind>(Kind, out var kind) || !Enum.IsDefined(kind)) ModelState.AddModelError("kind", "Choose whether it has a form or links to another website");
        else if (kind == NewServiceKind.Link && string.IsNullOrWhiteSpace(ExternalUrl)) ModelState.AddModelError("externalUrl", "Enter the address of the website it links to");
        else if (kind == NewServiceKind.Form && !string.IsNullOrEmpty(CopyFrom) && copied is null) ModelState.AddModelError("copyFrom", "Choose a service from the list");
        if (!ModelState.IsValid) return Page();

        var service = new Service { Slug = Slug!, Name = "", Summary = "", Category = "", Form = copied?.Form ?? new() };
        var team = Teams.Single(t => t.Name == Team);
        var changes = fields.ApplyTo(service, team);
        db.Services.Add(service);
        audit.AddChange(HttpContext.Actor(), $"Added the service {service.Name}", [new("Web address", null, service.Slug), .. changes]);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            ModelState.AddModelError("slug", Taken(service.Slug));
            return Page();
        }
        TempData.Done($"{service.Name} added as a draft");
        return Redirect(StaffLinks.Service(service.Id));
    }

    static string Taken(string slug) => $"There is already a service at /services/{slug}. Choose another address";

    async Task LoadAsync(CancellationToken ct)
    {
        Teams = await ServiceManagement.TeamsFor(StaffUser.From(User)!, db, ct);
        FormsToCopy = await db.Services.AsNoTracking().Where(s => s.ExternalUrl == null).OrderBy(s => s.Name).ToListAsync(ct);
    }
}
