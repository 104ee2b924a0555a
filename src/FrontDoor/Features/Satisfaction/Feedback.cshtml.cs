using FrontDoor.Data;
using FrontDoor.Features.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Satisfaction;

/// <summary>The one satisfaction question, reached by the signed link in the message that closed the case. Answering again changes the answer.</summary>
public class FeedbackModel(FrontDoorDb db, SatisfactionLinks links, SatisfactionAnswers answers) : PageModel
{
    [BindProperty] public string? Score { get; set; }
    [BindProperty] public string? Comment { get; set; }
    public Case Case { get; private set; } = null!;
    public SatisfactionResponse? Given { get; private set; }
    public bool Thanked { get; private set; }

    async Task<bool> LoadAsync(string token, CancellationToken ct)
    {
        var reference = links.ReferenceIn(token);
        var found = reference is null ? null : await db.Cases.AsNoTracking().Include(c => c.Service).SingleOrDefaultAsync(c => c.Reference == reference, ct);
        // Asked only once the case is resolved: a reopened case waits for its next resolution.
        if (found?.ResolvedAt is null) return false;
        Case = found;
        Given = await answers.FindAsync(found.Id, ct);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct)) return NotFound();
        (Score, Comment) = (Given?.Score.ToString(), Given?.Comment);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken ct)
    {
        if (!await LoadAsync(token, ct)) return NotFound();
        var (score, errors) = SatisfactionAnswers.Check(Score, Comment, byAgent: false);
        foreach (var (field, error) in errors) ModelState.AddModelError(field, error);
        if (!ModelState.IsValid) return Page();
        await answers.SaveAsync(Case, score!.Value, Comment, Channel.Web, null, ct);
        Thanked = true;
        return Page();
    }
}
