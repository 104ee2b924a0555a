using FrontDoor.Shared;
using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Forms;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Requests;

/// <summary>The form's one file: a photo of the problem, or a document the service needs (a letter, a certificate).</summary>
[BodyLimit(FileUploads.MaxRequestBytes)]
[IgnoreAntiforgeryToken] // checked by FileUploads, after the body is read
public class UploadModel(FrontDoorDb db, DraftStore drafts, Catalogue.ServicesByCode services, IAntiforgery antiforgery) : JourneyPage(db, drafts, services)
{
    public Question Question => Service.Form.Questions.First(q => q.IsUpload);
    public bool IsPhoto => Question.Type == QuestionType.Photo;

    public IActionResult OnGet() => HasUploadQuestion ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!HasUploadQuestion) return NotFound();
        if (await FileUploads.ReadAsync(HttpContext, antiforgery, "file", Question.Type, IsPhoto ? "photo" : "document", ct) is not { } upload) return BadRequest();
        if (upload.Error is not null || (upload.File is null && Question.Required))
        {
            ModelState.AddModelError("file", upload.Error ?? (IsPhoto ? "Select a photo" : "Select a document"));
            return Page();
        }
        if (upload.File is { } file)
        {
            (Draft.Upload, Draft.UploadContentType, Draft.UploadFileName) = (file.Content, file.ContentType, file.FileName);
            await Drafts.SaveAsync(Draft, ct);
        }
        return Redirect(Next(Question));
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext)) return BadRequest();
        Draft.Upload = null;
        Draft.UploadContentType = null;
        Draft.UploadFileName = null;
        await Drafts.SaveAsync(Draft, ct);
        return RedirectToPage(new { change = Changing ? "true" : null });
    }

    public async Task<IActionResult> OnPostKeepAsync() =>
        await antiforgery.IsRequestValidAsync(HttpContext) ? Redirect(Next(Question)) : BadRequest();

    bool HasUploadQuestion => Service.Form.Questions.Any(q => q.IsUpload);
}
