using FrontDoor.Data;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Catalogue.Admin;

/// <summary>Adds a question to a service's draft form, or changes one; the designer's rules refuse what would not work.</summary>
public class QuestionEditorModel(FrontDoorDb db) : ServiceSetUpPage(db)
{
    [BindProperty] public QuestionFields Input { get; set; } = new() { Required = "yes", DateRule = nameof(DateRule.Any) };
    [FromRoute] public string? QuestionId { get; set; }
    public bool IsNew => QuestionId is null;

    public IActionResult OnGet()
    {
        if (IsNew) return Page();
        if (Service.DraftForm.Find(QuestionId!) is not { } question) return NotFound();
        Input = QuestionFields.From(question);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var draft = Service.DraftForm;
        var index = IsNew ? -1 : draft.Questions.FindIndex(q => q.Id == QuestionId);
        if (!IsNew && index < 0) return NotFound();
        foreach (var (field, error) in Input.Errors(draft, QuestionId)) ModelState.AddModelError(field, error);
        if (!ModelState.IsValid) return Page();

        var question = Input.ToQuestion();
        if (IsNew) draft.Questions.Add(question);
        else draft.Questions[index] = question;
        Service.DraftForm = draft;
        if (!await SavedAsync("id", ct)) return Page();
        TempData.Done(IsNew ? $"{question.Label} added" : $"{question.Label} changed");
        return Redirect(StaffLinks.ServiceForm(Service.Id));
    }
}
