using FrontDoor.Features.Catalogue;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace FrontDoor.Features.Forms;

/// <summary>A file a resident sent, checked: its bytes, the type its content says it is, and a name safe to show.</summary>
public sealed record UploadedFile(byte[] Content, string ContentType, string FileName);

/// <summary>
/// A form with one file, as it was posted: its fields (null when the body was too big to read), the file if one was
/// chosen and passed its checks, or the error to show against the file field.
/// </summary>
public sealed record FileUpload(IFormCollection? Form, UploadedFile? File, string? Error)
{
    /// <summary>A file was chosen, whether or not it passed.</summary>
    public bool Chosen => File is not null || Error is not null;
}

/// <summary>
/// Reads a form with a file in it. Phone cameras make files far over our limit, so pages read the body here rather than
/// through the framework's anti-forgery filter and model binding, which would turn a body that is too big into a bare
/// 400: a file of any size gets the page's own error, and the page keeps everything else.
/// </summary>
public static class FileUploads
{
    /// <summary>Read whole up to this (put it in the page's <c>BodyLimit</c>), so the browser is not cut off mid-upload; beyond it, the same error without reading.</summary>
    public const long MaxRequestBytes = 64 * 1024 * 1024;
    public const string TooLarge = "The selected file must be smaller than 10MB";

    /// <returns>The upload, or null for a request to refuse outright: a broken body, or one without a valid anti-forgery token.</returns>
    public static async Task<FileUpload?> ReadAsync(HttpContext http, IAntiforgery antiforgery, string field, QuestionType type, string name, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType) return null;
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } or InvalidDataException)
        {
            return new(null, null, TooLarge);
        }
        catch (IOException)
        {
            // The connection dropped, or a body that is not really multipart.
            return null;
        }
        if (!await antiforgery.IsRequestValidAsync(http)) return null;
        var file = form.Files.GetFile(field);
        if (file is null) return new(form, null, null);
        if (file.Length > UploadCheck.MaxBytes) return new(form, null, TooLarge);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (contentType, error) = UploadCheck.Inspect(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), type);
        if (error is not null) return new(form, null, error);
        return new(form, new(buffer.ToArray(), contentType!, SafeName(file.FileName, name)), null);
    }

    /// <summary>A file's name as sent, kept to letters, digits, dots, dashes and underscores, or <paramref name="otherwise"/>.</summary>
    public static string SafeName(string name, string otherwise)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        file = new string([.. file.Where(ch => char.IsLetterOrDigit(ch) || ch is '.' or '-' or '_')]);
        return file.Length is 0 or > 100 ? otherwise : file;
    }
}
