using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Forms;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Requests;

/// <summary>The form's one file: a photo of the problem, or a document the service needs (a letter, a certificate).</summary>
/// <remarks>
/// Phone cameras make files far over our limit, so the upload is read here rather than by the framework's
/// anti-forgery filter and model binding, which would turn a body that is too big into a bare 400: a file of any size
/// gets this page's own error, and the draft keeps everything else.
/// </remarks>
[RequestSizeLimit(MaxUploadBytes)]
[IgnoreAntiforgeryToken]
public class UploadModel(FrontDoorDb db, DraftStore drafts, IAntiforgery antiforgery) : JourneyPage(db, drafts)
{
    /// <summary>Read whole up to this, so the browser is not cut off mid-upload; beyond it, the same error without reading.</summary>
    const long MaxUploadBytes = 64 * 1024 * 1024;
    const string TooLarge = "The selected file must be smaller than 10MB";

    public Question Question => Service.Form.Questions.First(q => q.IsUpload);
    public bool IsPhoto => Question.Type == QuestionType.Photo;

    public IActionResult OnGet() => HasUploadQuestion ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!HasUploadQuestion) return NotFound();
        if (!Request.HasFormContentType) return BadRequest();
        IFormFile? file;
        try
        {
            file = (await Request.ReadFormAsync(ct)).Files.GetFile("file");
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            ModelState.AddModelError("file", TooLarge);
            return Page();
        }
        catch (IOException)
        {
            // A broken upload (the connection dropped, or a body that is not really multipart).
            return BadRequest();
        }
        if (!await antiforgery.IsRequestValidAsync(HttpContext)) return BadRequest();
        if (file is null || file.Length == 0)
        {
            if (Question.Required || file is not null)
            {
                ModelState.AddModelError("file", file is not null ? "The selected file is empty" : IsPhoto ? "Select a photo" : "Select a document");
                return Page();
            }
            return Redirect(Next(Question));
        }
        if (file.Length > UploadCheck.MaxBytes)
        {
            ModelState.AddModelError("file", TooLarge);
            return Page();
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (contentType, error) = UploadCheck.Inspect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), Question.Type);
        if (error is not null)
        {
            ModelState.AddModelError("file", error);
            return Page();
        }
        Draft.Upload = buffer.ToArray();
        Draft.UploadContentType = contentType;
        Draft.UploadFileName = Path.GetFileName(file.FileName) is { Length: > 0 and <= 100 } name ? name : IsPhoto ? "photo" : "document";
        await Drafts.SaveAsync(Draft, ct);
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
