using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue.Admin;

/// <summary>
/// A service's questions: changes make a draft, which residents, agents and connected systems do not see until it is
/// published as the next version. Cases made before keep the version they were asked.
/// </summary>
public class FormDesignerModel(FrontDoorDb db, AuditLog audit, TimeProvider clock, Requests.DraftStore drafts) : ServiceSetUpPage(db)
{
    public FormDefinition Draft => Service.DraftForm;
    public bool HasChanges => Service.DraftFormJson is not null;

    /// <summary>The form asks for a date to book, but no open diary of the service offers any: residents could not go on.</summary>
    public bool DatesWithoutDiary { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) =>
        DatesWithoutDiary = Draft.Questions.Any(q => q.IsSlot)
            && !await Db.Diaries.AnyAsync(d => d.ServiceId == Service.Id && d.Use == Slots.DiaryUse.Collections && d.IsActive, ct);

    public async Task<IActionResult> OnPostMoveAsync(string questionId, bool up, CancellationToken ct)
    {
        var questions = Draft.Questions;
        var i = questions.FindIndex(q => q.Id == questionId);
        var j = up ? i - 1 : i + 1;
        if (i < 0 || j < 0 || j >= questions.Count) return Redirect(StaffLinks.ServiceForm(Service.Id));
        (questions[i], questions[j]) = (questions[j], questions[i]);
        return await SaveDraftAsync(new() { Questions = questions }, $"Moved {questions[j].Label} {(up ? "up" : "down")}", ct);
    }

    public async Task<IActionResult> OnPostRemoveAsync(string questionId, CancellationToken ct)
    {
        var questions = Draft.Questions;
        if (questions.Find(q => q.Id == questionId) is not { } removed) return Redirect(StaffLinks.ServiceForm(Service.Id));
        questions.Remove(removed);
        return await SaveDraftAsync(new() { Questions = questions }, $"Removed {removed.Label}", ct);
    }

    /// <summary>
    /// Walks the draft questions in the residents' own pages, as a resident or as an agent taking a call, with nothing
    /// sent at the end. It needs no version: trying the questions changes nothing.
    /// </summary>
    public async Task<IActionResult> OnPostPreviewAsync(bool asAgent, CancellationToken ct)
    {
        var draft = await drafts.StartAsync(HttpContext, Service, ct);
        draft.Preview = true;
        if (asAgent)
        {
            draft.AssistedByStaffId = StaffUser.From(User)!.Id;
            draft.Channel = Cases.Channel.Phone;
        }
        await drafts.SaveAsync(draft, ct);
        var questions = Draft.Questions;
        return Redirect(questions.Count > 0 ? Requests.JourneySteps.For(Service, questions[0]) : Requests.JourneySteps.Contact(Service));
    }

    public async Task<IActionResult> OnPostDiscardAsync(CancellationToken ct)
    {
        Service.DraftFormJson = null;
        if (!await SavedAsync("questions", ct)) return Page();
        TempData.Done("Your changes have been discarded");
        return Redirect(StaffLinks.ServiceForm(Service.Id));
    }

    public async Task<IActionResult> OnPostPublishAsync(CancellationToken ct)
    {
        var draft = Draft;
        if (draft.Questions.Count == 0) ModelState.AddModelError("questions", "Add a question before publishing the form");
        // Every question is checked again as part of the whole form, as a form from an import might not have been.
        foreach (var q in draft.Questions)
            foreach (var (_, error) in QuestionFields.From(q).Errors(draft, q.Id)) ModelState.AddModelError("questions", $"{q.Label}: {error}");
        if (!ModelState.IsValid) return Page();

        var actor = HttpContext.Actor();
        await FormVersions.PublishAsync(Db, Service, draft, actor, clock.GetUtcNow().UtcDateTime, ct);
        audit.AddChange(actor, $"Published version {Service.FormVersion} of the form for {Service.Name}",
            [new("Questions", null, string.Join(", ", draft.Questions.Select(q => q.Label)))]);
        if (!await SavedAsync("questions", ct)) return Page();
        TempData.Done($"Version {Service.FormVersion} of the form is published. New requests are asked these questions");
        return Redirect(StaffLinks.ServiceForm(Service.Id));
    }

    async Task<IActionResult> SaveDraftAsync(FormDefinition draft, string done, CancellationToken ct)
    {
        Service.DraftForm = draft;
        if (!await SavedAsync("questions", ct)) return Page();
        TempData.Done(done);
        return Redirect(StaffLinks.ServiceForm(Service.Id));
    }
}
