using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Forms;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Requests;

[RequestSizeLimit(PhotoCheck.MaxBytes * 2)]
public class PhotoModel(FrontDoorDb db, DraftStore drafts) : JourneyPage(db, drafts)
{
    public Question Question => Service.Form.Questions.First(q => q.Type == QuestionType.Photo);

    public IActionResult OnGet() => HasPhotoQuestion ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(IFormFile? photo, CancellationToken ct)
    {
        if (!HasPhotoQuestion) return NotFound();
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
            ModelState.AddModelError("photo", "The selected file must be smaller than 10MB");
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
        Draft.Photo = null;
        Draft.PhotoContentType = null;
        Draft.PhotoFileName = null;
        await Drafts.SaveAsync(Draft, ct);
        return RedirectToPage(new { change = Changing ? "true" : null });
    }

    public IActionResult OnPostKeep() => Redirect(Next(Question));

    bool HasPhotoQuestion => Service.Form.Questions.Any(q => q.Type == QuestionType.Photo);
}
