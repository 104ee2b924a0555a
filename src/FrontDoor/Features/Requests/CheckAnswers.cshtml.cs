using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Gazetteer;
using FrontDoor.Features.Staff;
using FrontDoor.Shared.GovUk;
using Microsoft.AspNetCore.Mvc;
using FrontDoor.Shared;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Requests;

public class CheckAnswersModel(FrontDoorDb db, DraftStore drafts, Catalogue.ServicesByCode services, RequestIntake intake) : JourneyPage(db, drafts, services)
{
    public List<SummaryRow?> RequestRows { get; private set; } = [];
    public List<SummaryRow?> ContactRows { get; private set; } = [];
    public List<(string Error, string Href)> Problems { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await BuildRowsAsync(ct);

    [BindProperty] public bool ResolvedAtFirstContact { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (IsPreview)
        {
            TempData.Done("That was the end of the preview. Nothing was sent");
            return Redirect(StaffLinks.ServiceForm(Service.Id));
        }
        // An assisted draft can only be sent by the member of staff who started it, still signed in.
        if (IsAssisted && Staff.StaffUser.From(User)?.Id != Draft.AssistedByStaffId) return Forbid();
        // A signed-in resident's request is always theirs, whatever matching would make of the details.
        var resident = IsAssisted ? null : await Accounts.ResidentPage.SignedInAsync(Db, HttpContext);
        var request = new IntakeRequest(
            Service,
            Draft.Answers,
            Draft.Uprn is not null || Draft.LocationDescription is not null ? new LocationInput(Draft.Uprn, Draft.LocationDescription) : null,
            Draft.Upload is null ? null : new UploadInput(Draft.UploadFileName ?? "photo", Draft.Upload),
            new ContactInput(Draft.FullName, Draft.Email, Draft.Phone, Customers.AssistanceNeeds.Codes(Draft.AssistanceNeeds), Draft.InterpreterLanguage, resident?.Id),
            Draft.Channel,
            Request.SiteBase(),
            Draft.AssistedByStaffId,
            IsAssisted && ResolvedAtFirstContact,
            CompletesDraft: Draft);
        IntakeResult result;
        try
        {
            result = await intake.SubmitAsync(request, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The same draft was sent at the same moment by another request, which made the case.
            await Db.Entry(Draft).ReloadAsync(ct);
            return await AlreadySentAsync(ct);
        }
        if (!result.Succeeded)
        {
            Problems = [.. result.Errors.Select(e => (e.Message, HrefFor(e)))];
            ModelState.AddModelError("", "There is a problem");
            await BuildRowsAsync(ct);
            return Page();
        }
        return ShowConfirmation(result.Case!);
    }

    /// <summary>Sending again what was already sent shows the same confirmation, not a second case.</summary>
    protected override async Task<IActionResult> AlreadySentAsync(CancellationToken ct) =>
        await Db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Reference == Draft.SubmittedReference, ct) is { } sent
            ? ShowConfirmation(sent)
            : Redirect(JourneySteps.Start(Service));

    IActionResult ShowConfirmation(Case sent)
    {
        TempData["reference"] = sent.Reference;
        // Formatted here: temp data would turn an ISO date string back into a DateTime.
        TempData["due"] = UkDates.Date(sent.DueAt);
        if (Slots.SlotTimes.Booked(Service.Form, sent.Answers) is var (_, span)) TempData["booked"] = Slots.SlotTimes.Text(span);
        if (sent.RaisedByStaffId is not null) TempData["assisted"] = true;
        return Redirect(JourneySteps.Confirmation(Service));
    }

    string HrefFor(IntakeError error) => error.Field switch
    {
        IntakeField.Answer => Service.Form.Find(error.QuestionId!) is { } q ? JourneySteps.Change(Service, q) : JourneySteps.Check(Service),
        IntakeField.Location => JourneySteps.Change(Service, Service.Form.Questions.First(q => q.Type == QuestionType.Location)),
        IntakeField.Upload => JourneySteps.Change(Service, Service.Form.Questions.First(q => q.IsUpload)),
        IntakeField.FullName or IntakeField.Email or IntakeField.Phone or IntakeField.Needs or IntakeField.InterpreterLanguage => JourneySteps.ChangeContact(Service),
        // Only the APIs send another system's id.
        IntakeField.ExternalId => throw new ArgumentOutOfRangeException(nameof(error), error.Field, "The web form sends no other system's id"),
    };

    async Task BuildRowsAsync(CancellationToken ct)
    {
        var answers = Draft.Answers;
        var property = Draft.Uprn is long uprn ? await Db.Properties.FindAsync([uprn], ct) : null;
        foreach (var q in Service.Form.Asked(answers))
        {
            var value = q.Type switch
            {
                QuestionType.Location => property?.SingleLine ?? Draft.LocationDescription ?? "Not given",
                QuestionType.Photo or QuestionType.Document => Draft.UploadFileName ?? "Not added",
                _ => q.AnswerText(answers.GetValueOrDefault(q.Id)),
            };
            RequestRows.Add(Row(q.Label, value, JourneySteps.For(Service, q), q.MessageName));
        }
        var contact = JourneySteps.Contact(Service);
        ContactRows = [
            Row("Full name", Draft.FullName ?? "Not given", contact, "full name"),
            Row("Email address", Draft.Email ?? "Not given", contact, "email address"),
            Row("Phone number", Draft.Phone ?? "Not given", contact, "phone number"),
            Row("Help to communicate", Customers.AssistanceNeeds.Describe(Draft.AssistanceNeeds, Draft.InterpreterLanguage), contact, "help to communicate"),
        ];
    }

    static SummaryRow Row(string key, string value, string href, string hiddenText) => new()
    {
        Key = new() { Text = key },
        Value = new() { Text = value },
        Actions = new() { Items = [new() { Href = href + "?change=true", Text = "Change", VisuallyHiddenText = hiddenText }] },
    };
}
