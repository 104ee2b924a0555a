using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Satisfaction;

/// <summary>
/// Keeps a case's one satisfaction answer: given by the resident through their link or account, or taken by an agent at
/// the end of a call. Answering again replaces the answer, with the channel it came by this time.
/// </summary>
public sealed class SatisfactionAnswers(FrontDoorDb db, TimeProvider clock, AuditLog audit)
{
    /// <summary>The score chosen, or the mistakes by field ("score", "comment"), worded for the resident or for the agent taking the answer.</summary>
    public static (int? Score, List<(string Field, string Error)> Errors) Check(string? score, string? comment, bool byAgent)
    {
        var errors = new List<(string, string)>();
        var chosen = int.TryParse(score, out var s) && SatisfactionScale.Answers.Any(a => a.Score == s) ? s : (int?)null;
        if (chosen is null) errors.Add(("score", byAgent ? "Select how satisfied the customer is" : "Select how satisfied you are"));
        if (comment?.Length > SatisfactionScale.MaxCommentLength)
            errors.Add(("comment", $"{(byAgent ? "The" : "Your")} comment must be {SatisfactionScale.MaxCommentLength} characters or less"));
        return (chosen, errors);
    }

    public Task<SatisfactionResponse?> FindAsync(long caseId, CancellationToken ct) => db.SatisfactionResponses.SingleOrDefaultAsync(r => r.CaseId == caseId, ct);

    public async Task SaveAsync(Case c, int score, string? comment, Channel channel, Actor? staff, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (await FindAsync(c.Id, ct) is { } given) (given.Score, given.Comment, given.Channel, given.AnsweredAt) = (score, comment, channel, now);
        else db.SatisfactionResponses.Add(new() { CaseId = c.Id, Score = score, Comment = comment, Channel = channel, AnsweredAt = now });
        // What a member of staff records for a customer is theirs to answer for.
        if (staff is not null) audit.Add(staff, "Recorded satisfaction answer", c.Id, c.CustomerId);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The first answer to a case arrived twice at once: one is kept, and the next answer replaces it as usual.
            db.ChangeTracker.Clear();
        }
    }
}
