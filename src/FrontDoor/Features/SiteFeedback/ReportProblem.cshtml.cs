using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Features.SiteFeedback;

/// <summary>"Report a problem with this page": what the visitor was doing and what went wrong, and nothing about who they are.</summary>
[EnableRateLimiting(SiteFeedbackSetup.RateLimitPolicy)]
public class ReportProblemModel(FrontDoorDb db, PagePatterns pages, TimeProvider clock) : PageModel
{
    public const int MaxLength = 1000;

    /// <summary>Named "route", since Razor Pages keeps "page" for the page's own name.</summary>
    [BindProperty(SupportsGet = true, Name = "route")] public string? PageRoute { get; set; }
    [BindProperty(SupportsGet = true, Name = "return")] public string? ReturnTo { get; set; }
    [BindProperty] public string? Doing { get; set; }
    [BindProperty] public string? WentWrong { get; set; }
    public bool Thanked { get; private set; }
    public string Back => FeedbackLinks.SafeReturn(ReturnTo);

    public IActionResult OnGet() => pages.IsKnown(PageRoute) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!pages.IsKnown(PageRoute)) return NotFound();
        if (string.IsNullOrWhiteSpace(WentWrong)) ModelState.AddModelError("wentWrong", "Enter what went wrong");
        else if (WentWrong.Length > MaxLength) ModelState.AddModelError("wentWrong", $"What went wrong must be {MaxLength} characters or less");
        if (Doing?.Length > MaxLength) ModelState.AddModelError("doing", $"What you were doing must be {MaxLength} characters or less");
        if (!ModelState.IsValid) return Page();
        db.PageFeedback.Add(new()
        {
            Page = PageRoute!, Kind = PageFeedbackKind.Problem, At = clock.GetUtcNow().UtcDateTime,
            Doing = string.IsNullOrWhiteSpace(Doing) ? null : Doing.Trim(), WentWrong = WentWrong!.Trim(),
        });
        await db.SaveChangesAsync(ct);
        Thanked = true;
        return Page();
    }
}
