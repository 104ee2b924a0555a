using FrontDoor.Data;
using FrontDoor.Features.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Satisfaction;

/// <summary>The one satisfaction question, reached by the signed link in the message that closed the case. Answering again changes the answer.</summary>
public class FeedbackModel(FrontDoorDb db, SatisfactionLinks links, TimeProvider clock) : PageModel
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
        Given = await db.SatisfactionResponses.SingleOrDefaultAsync(r => r.CaseId == found.Id, ct);
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
        var score = int.TryParse(Score, out var s) && SatisfactionScale.Answers.Any(a => a.Score == s) ? s : (int?)null;
        if (score is null) ModelState.AddModelError("score", "Select how satisfied you are");
        if (Comment?.Length > SatisfactionScale.MaxCommentLength) ModelState.AddModelError("comment", $"Your comment must be {SatisfactionScale.MaxCommentLength} characters or less");
        if (!ModelState.IsValid) return Page();

        var now = clock.GetUtcNow().UtcDateTime;
        var comment = string.IsNullOrWhiteSpace(Comment) ? null : Comment.Trim();
        if (Given is null) db.SatisfactionResponses.Add(Given = new() { CaseId = Case.Id, Score = score!.Value, Comment = comment, Channel = Channel.Web, AnsweredAt = now });
        else (Given.Score, Given.Comment, Given.Channel, Given.AnsweredAt) = (score!.Value, comment, Channel.Web, now);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same answer sent twice at once: the first is kept, and it said the same.
            db.ChangeTracker.Clear();
        }
        Thanked = true;
        return Page();
    }
}
