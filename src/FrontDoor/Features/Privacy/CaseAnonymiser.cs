using System.Text.Json;
using FrontDoor.Data;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Privacy;

/// <summary>
/// Takes the personal data out of cases while keeping what the figures count: the service, kind, channel, team, ward,
/// status, dates, outcome and the answers to the form's own choices (how deep the pothole was), with the place rounded to
/// about 100 metres. Gone: the customer link, free-text answers, photos and documents, the exact place, who it was on
/// behalf of, what was written in the timeline, contacts' notes and the messages' text. Used by erasure and retention.
/// </summary>
public sealed class CaseAnonymiser(FrontDoorDb db)
{
    /// <summary>Answers to these say nothing about a person: they choose from the council's own options or give a date or count.</summary>
    static readonly HashSet<QuestionType> Kept = [QuestionType.SingleChoice, QuestionType.MultipleChoice, QuestionType.YesNo, QuestionType.Number, QuestionType.Date, QuestionType.Slot];
    public const string Removed = "[removed]";
    /// <summary>Timeline events whose text is FrontDoor's own words about the case rather than what someone wrote.</summary>
    static readonly HashSet<TimelineEventType> OwnWords = [TimelineEventType.StatusChanged, TimelineEventType.Assigned, TimelineEventType.PriorityChanged, TimelineEventType.Escalated];

    /// <summary>Changes the cases in the unit of work; the caller saves. Returns how many.</summary>
    public async Task<int> AnonymiseAsync(IReadOnlyCollection<long> caseIds, DateTime now, CancellationToken ct)
    {
        var cases = await db.Cases.Where(c => caseIds.Contains(c.Id)).Include(c => c.Service).ToListAsync(ct);
        var forms = new Dictionary<(int, int), FormDefinition>();
        foreach (var c in cases)
        {
            if (!forms.TryGetValue((c.ServiceId, c.FormVersion), out var form))
                forms[(c.ServiceId, c.FormVersion)] = form = (await db.FormVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ServiceId == c.ServiceId && v.Number == c.FormVersion, ct))?.Form ?? c.Service.Form;
            var kept = form.Questions.Where(q => Kept.Contains(q.Type)).Select(q => q.Id).ToHashSet();
            c.AnswersJson = JsonSerializer.Serialize(c.Answers.Where(a => kept.Contains(a.Key)).ToDictionary());
            c.CustomerId = null;
            c.Uprn = null;
            c.LocationDescription = null;
            c.OnBehalfOf = null;
            c.MediaUrl = null;
            (c.Latitude, c.Longitude) = (Round(c.Latitude), Round(c.Longitude));
            c.AnonymisedAt = now;
            c.UpdatedAt = now;
        }
        var ids = cases.Select(c => c.Id).ToList();
        var references = cases.Select(c => c.Reference).ToList();
        await db.Attachments.Where(a => ids.Contains(a.CaseId)).ExecuteDeleteAsync(ct);
        await db.TimelineEvents.Where(t => ids.Contains(t.CaseId) && !OwnWords.Contains(t.Type)).ExecuteUpdateAsync(s => s.SetProperty(t => t.Text, Removed), ct);
        await db.Contacts.Where(x => x.CaseId != null && ids.Contains(x.CaseId.Value)).ExecuteUpdateAsync(s => s.SetProperty(x => x.Summary, (string?)null).SetProperty(x => x.CustomerId, (long?)null), ct);
        await db.SatisfactionResponses.Where(r => ids.Contains(r.CaseId)).ExecuteUpdateAsync(s => s.SetProperty(r => r.Comment, (string?)null), ct);
        await ForgetMessagesAsync(db.OutboxMessages.Where(m => m.CaseId != null && ids.Contains(m.CaseId.Value)), now, ct);
        // The events connected systems were sent keep the case as it was: their stored copies go, in one pass for the batch.
        await db.OutboxEvents.Where(e => references.Any(r => e.PayloadJson.Contains(r))).ExecuteUpdateAsync(s => s.SetProperty(e => e.PayloadJson, "{}"), ct);
        return cases.Count;
    }

    /// <summary>A message's recipient and words go; one not yet sent is not sent.</summary>
    public static Task ForgetMessagesAsync(IQueryable<Notifications.OutboxMessage> messages, DateTime now, CancellationToken ct) =>
        messages.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Recipient, Removed).SetProperty(m => m.Body, "")
            .SetProperty(m => m.FailedAt, m => m.SentAt == null && m.FailedAt == null ? now : m.FailedAt)
            .SetProperty(m => m.LastError, m => m.SentAt == null && m.FailedAt == null ? "Not sent: the customer's personal data was erased" : m.LastError), ct);

    static double? Round(double? degrees) => degrees is double d ? Math.Round(d, 3) : null;
}
