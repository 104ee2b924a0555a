using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Forms;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Requests;

/// <remarks>
/// Phone cameras make files far over our limit, so the upload is read here rather than by the framework's
/// anti-forgery filter and model binding, which would turn a body that is too big into a bare 400: a file of any size
/// gets this page's own error, and the draft keeps everything else.
/// </remarks>
[RequestSizeLimit(MaxUploadBytes)]
[IgnoreAntiforgeryToken]
public class PhotoModel(FrontDoorDb db, DraftStore drafts, IAntiforgery antiforgery) : JourneyPage(db, drafts)
{
    /// <summary>Read whole up to this, so the browser is not cut off mid-upload; beyond it, the same error without reading.</summary>
    const long MaxUploadBytes = 64 * 1024 * 1024;
    const string TooLarge = "The selected file must be smaller than 10MB";

    public Question Question => Service.Form.Questions.First(q => q.Type == QuestionType.Photo);

    public IActionResult OnGet() => HasPhotoQuestion ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!HasPhotoQuestion) return NotFound();
        if (!Request.HasFormContentType) return BadRequest();
        IFormFile? photo;
        try
        {
            photo = (await Request.ReadFormAsync(ct)).Files.GetFile("photo");
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            ModelState.AddModelError("photo", TooLarge);
            return Page();
        }
        catch (IOException)
        {
            // A broken upload (the connection dropped, or a body that is not really multipart).
            return BadRequest();
        }
        if (!await antiforgery.IsRequestValidAsync(HttpContext)) return BadRequest();
        if (photo is null || photo.Length == 0)
        {
            if (Question.Required || photo is not null)
            {
                ModelState.AddModelError("photo", photo is null ? "Select a photo" : "The selected file is empty");
                return Page();
            }
            return Redirect(Next(Question));
        }
        if (photo.Length > PhotoCheck.MaxBytes)
        {
            ModelState.AddModelError("photo", TooLarge);
            return Page();
        }
        using var buffer = new MemoryStream();
        await photo.CopyToAsync(buffer, ct);
        var (contentType, error) = PhotoCheck.Inspect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (error is not null)
        {
            ModelState.AddModelError("photo", error);
            return Page();
        }
        Draft.Photo = buffer.ToArray();
        Draft.PhotoContentType = contentType;
        Draft.PhotoFileName = Path.GetFileName(photo.FileName) is { Length: > 0 and <= 100 } name ? name : "photo";
        await Drafts.SaveAsync(Draft, ct);
        return Redirect(Next(Question));
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken ct)
    {
        if (!await antiforgery.IsRequestValidAsync(HttpContext)) return BadRequest();
        Draft.Photo = null;
        Draft.PhotoContentType = null;
        Draft.PhotoFileName = null;
        await Drafts.SaveAsync(Draft, ct);
        return RedirectToPage(new { change = Changing ? "true" : null });
    }

    public async Task<IActionResult> OnPostKeepAsync() =>
        await antiforgery.IsRequestValidAsync(HttpContext) ? Redirect(Next(Question)) : BadRequest();

    bool HasPhotoQuestion => Service.Form.Questions.Any(q => q.Type == QuestionType.Photo);
}
