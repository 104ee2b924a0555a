using FrontDoor.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace FrontDoor.Features.SiteFeedback;

/// <summary>"Is this page useful?" answered from the foot of any resident page: yes goes back with thanks, no asks what went wrong.</summary>
[EnableRateLimiting(SiteFeedbackSetup.RateLimitPolicy)]
[FrontDoor.Shared.TokenOrSameOrigin]
public class PageFeedbackPageModel(FrontDoorDb db, PagePatterns pages, TimeProvider clock) : PageModel
{
    public const string ThanksKey = "page-feedback";

    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(string? route, string? useful, [FromForm(Name = "return")] string? returnTo, CancellationToken ct)
    {
        if (!pages.IsKnown(route) || useful is not ("yes" or "no")) return BadRequest();
        db.PageFeedback.Add(new() { Page = route!, Kind = useful == "yes" ? PageFeedbackKind.Useful : PageFeedbackKind.NotUseful, At = clock.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(ct);
        if (useful == "no") return Redirect(FeedbackLinks.ProblemWith(route!, FeedbackLinks.SafeReturn(returnTo)));
        TempData[ThanksKey] = true;
        return Redirect(FeedbackLinks.SafeReturn(returnTo));
    }
}
