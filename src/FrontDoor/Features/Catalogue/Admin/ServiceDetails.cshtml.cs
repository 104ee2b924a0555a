using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Features.Teams;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Catalogue.Admin;

/// <summary>
/// Everything about one service but its questions: words, A to Z titles, team, standard, channels, status. Service
/// managers reach only their own team's services; two people saving at once cannot overwrite each other.
/// </summary>
public class ServiceDetailsModel(FrontDoorDb db, AuditLog audit) : ServiceSetUpPage(db)
{
    [BindProperty] public ServiceFields Input { get; set; } = new();
    public List<Team> Teams { get; private set; } = [];

    protected override async Task LoadAsync(CancellationToken ct) => Teams = await ServiceManagement.TeamsFor(StaffUser.From(User)!, Db, ct);

    public void OnGet() => Input = ServiceFields.From(Service);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        foreach (var (field, error) in Input.Errors(Teams, Service.Form)) ModelState.AddModelError(field, error);
        if (!ModelState.IsValid) return Page();

        var oldName = Service.Name;
        var changes = Input.ApplyTo(Service, Teams.Single(t => t.Name == Input.Team));
        audit.AddChange(HttpContext.Actor(), $"Changed the service {oldName}", changes);
        if (!await SavedAsync("name", ct)) return Page();
        TempData.Done($"{Service.Name} saved");
        return Redirect(StaffLinks.Service(Service.Id));
    }
}
