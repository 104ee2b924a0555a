using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.AssistedDigital;

/// <summary>
/// An agent raises a request for a caller or visitor. They then fill the service's own pages, the same
/// form definition and intake as residents use, in a draft marked with their name and the channel.
/// </summary>
[Authorize(Policy = StaffSetup.CaseWorkers)]
public class RaiseModel(FrontDoorDb db, DraftStore drafts) : PageModel
{
    [BindProperty] public string? Service { get; set; }
    [BindProperty] public string? Channel { get; set; }
    public List<Service> Services { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Services = await LoadServicesAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Services = await LoadServicesAsync(ct);
        var service = Services.FirstOrDefault(s => s.Slug == Service);
        if (service is null) ModelState.AddModelError("service", "Choose the service the customer needs");
        if (!Enum.TryParse<Channel>(Channel, out var channel) || !Cases.Channels.Assisted.Contains(channel)) ModelState.AddModelError("channel", "Choose how the customer contacted us");
        if (!ModelState.IsValid) return Page();

        var draft = await drafts.StartAsync(HttpContext, service!, ct);
        draft.AssistedByStaffId = StaffUser.From(User)!.Id;
        draft.Channel = channel;
        await drafts.SaveAsync(draft, ct);
        return Redirect(JourneySteps.First(service!));
    }

    Task<List<Service>> LoadServicesAsync(CancellationToken ct) => db.Services.AsNoTracking().TakingRequests().OrderBy(s => s.Name).ToListAsync(ct);
}
