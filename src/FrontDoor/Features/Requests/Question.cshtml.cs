using System.Globalization;
using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Forms;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Requests;

/// <summary>One question of a service's form on its own page, for every question type but location and photo.</summary>
public class QuestionModel(FrontDoorDb db, DraftStore drafts, Catalogue.ServicesByCode services, TimeProvider clock, Slots.ServiceDates dates) : JourneyPage(db, drafts, services)
{
    public Question Question { get; private set; } = null!;
    /// <summary>What the field shows: the saved answer, or what was just typed when it was wrong.</summary>
    public List<string> Values { get; private set; } = [];
    /// <summary>The parts of a date answer to outline: only those in error.</summary>
    public DatePart DateErrorParts { get; private set; }

    /// <summary>The field an error links to: for a date, its first part in error.</summary>
    public string ErrorKey => Question.Type != QuestionType.Date ? "answer"
        : DateErrorParts.HasFlag(DatePart.Day) || DateErrorParts == DatePart.None ? "answer-day"
        : DateErrorParts.HasFlag(DatePart.Month) ? "answer-month" : "answer-year";

    /// <summary>For a date to book: the dates free for the address given, and whether any diary serves it at all.</summary>
    public List<Slots.OpenSlot> FreeDates { get; private set; } = [];
    public bool DatesServeAddress { get; private set; }

    public async Task<IActionResult> OnGetAsync(string questionId, CancellationToken ct)
    {
        if (!await LoadAsync(questionId, ct)) return NotFound();
        Values = Draft.Answers.GetValueOrDefault(questionId) ?? [];
        if (Question.Type == QuestionType.Date && Values is [var iso] && DateOnly.TryParse(iso, CultureInfo.InvariantCulture, out var date))
            Values = [date.Day.ToString(CultureInfo.InvariantCulture), date.Month.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture)];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string questionId, CancellationToken ct)
    {
        if (!await LoadAsync(questionId, ct)) return NotFound();
        Values = Question.Type == QuestionType.Date
            ? [Request.Form["answer-day"].ToString(), Request.Form["answer-month"].ToString(), Request.Form["answer-year"].ToString()]
            : [.. Request.Form["answer"].Select(v => v ?? "")];
        var result = AnswerValidator.Validate(Question, Values, WorkingDays.UkToday(clock));
        // A date that went while the page was open is refused now, not at the end of the form.
        if (result.IsValid && Question.IsSlot && result.Values is [var chosen] && !FreeDates.Any(d => Slots.SlotTimes.Value(d.Span) == chosen))
            result = result with { Error = Slots.SlotRefusals.DateMessage(Slots.SlotRefusal.Full) };
        if (!result.IsValid)
        {
            DateErrorParts = result.DateParts;
            ModelState.AddModelError(ErrorKey, result.Error!);
            return Page();
        }
        Draft.SetAnswer(Question.Id, result.Values);
        await Drafts.SaveAsync(Draft, ct);
        return Redirect(Next(Question));
    }

    async Task<bool> LoadAsync(string questionId, CancellationToken ct)
    {
        var q = Service.Form.Find(questionId);
        if (q is null || q.IsLocationOrUpload) return false;
        Question = q;
        if (q.IsSlot)
        {
            var diaries = await dates.DiariesAsync(Service.Id, await dates.WardOfAsync(Draft.Uprn, ct), ct);
            (DatesServeAddress, FreeDates) = (diaries.Count > 0, await dates.FreeAsync(diaries, ct));
        }
        return true;
    }
}
