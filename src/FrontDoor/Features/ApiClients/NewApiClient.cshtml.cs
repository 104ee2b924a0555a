using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.ApiClients;

[Authorize(Policy = StaffSetup.Administrators)]
public class NewApiClientModel(ApiKeys keys, Audit.AuditLog audit, Data.FrontDoorDb db) : PageModel
{
    public const int MaxRequestsPerMinute = 100_000;

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public List<string> Scopes { get; set; } = [];
    [BindProperty] public string? RequestsPerMinute { get; set; } = "120";
    /// <summary>Shown once, on the page that answers the POST; only its hash is stored.</summary>
    public string? Key { get; private set; }
    public long CreatedId { get; private set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Name)) ModelState.AddModelError("name", "Enter the name of the connected system");
        else if (Name.Trim().Length > 100) ModelState.AddModelError("name", "The name must be 100 characters or less");
        if (Scopes.Count == 0 || Scopes.Any(s => s is null || !ApiScopes.All.ContainsKey(s))) ModelState.AddModelError("scopes", "Select what the connected system may do");
        if (!int.TryParse(RequestsPerMinute, out var perMinute) || perMinute is < 1 or > MaxRequestsPerMinute)
            ModelState.AddModelError("requestsPerMinute", $"Requests a minute must be a whole number from 1 to {MaxRequestsPerMinute}");
        if (!ModelState.IsValid) return Page();

        var (client, key) = await keys.CreateAsync(Name!.Trim(), Scopes.Distinct(), perMinute, ct);
        audit.Add(HttpContext.Actor(), $"Created API client {client.Name} ({client.Scopes})", null, null);
        await db.SaveChangesAsync(ct);
        (Key, CreatedId) = (key, client.Id);
        return Page();
    }
}
