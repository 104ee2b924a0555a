using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.SiteFeedback;

/// <summary>"What did you think of this service?", offered when an online form is sent. Anonymous: it is not linked to the request.</summary>
[EnableRateLimiting(SiteFeedbackSetup.RateLimitPolicy)]
public class ServiceFeedbackPageModel(FrontDoorDb db, TimeProvider clock) : PageModel
{
    public const string Question = "Overall, how did you feel about the service you received today?";
    public const int MaxLength = 1000;

    public static readonly IReadOnlyList<(int Score, string Text)> Answers =
        [(5, "Very satisfied"), (4, "Satisfied"), (3, "Neither satisfied nor dissatisfied"), (2, "Dissatisfied"), (1, "Very dissatisfied")];

    [BindProperty] public string? Score { get; set; }
    [BindProperty] public string? Improve { get; set; }
    public Service Service { get; private set; } = null!;
    public bool Thanked { get; private set; }

    async Task<bool> LoadAsync(string slug, CancellationToken ct)
    {
        var found = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug && s.Status == ServiceStatus.Live, ct);
        if (found is null) return false;
        Service = found;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct) => await LoadAsync(slug, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken ct)
    {
        if (!await LoadAsync(slug, ct)) return NotFound();
        var score = int.TryParse(Score, out var s) && Answers.Any(a => a.Score == s) ? s : (int?)null;
        if (score is null) ModelState.AddModelError("score", "Select how you felt about the service");
        if (Improve?.Length > MaxLength) ModelState.AddModelError("improve", $"How we could improve the service must be {MaxLength} characters or less");
        if (!ModelState.IsValid) return Page();
        db.ServiceFeedback.Add(new() { ServiceId = Service.Id, Score = score!.Value, Improve = string.IsNullOrWhiteSpace(Improve) ? null : Improve.Trim(), At = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        Thanked = true;
        return Page();
    }
}
