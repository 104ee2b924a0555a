using System.IO.Compression;
using FrontDoor.Features.Catalogue;

namespace FrontDoor.Features.Forms;

/// <summary>
/// Accepts a photo or a document by what its bytes say it is, never by its name or the browser's claim: a photo is a
/// JPG, PNG or WEBP image; a document may also be a PDF or a Word document (which is a zip holding word/document.xml).
/// </summary>
public static class UploadCheck
{
    public const long MaxBytes = 10 * 1024 * 1024;
    public const string WordType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>What the file picker offers, so a resident is shown only files that will be accepted.</summary>
    public static string Accept(QuestionType type) => type == QuestionType.Document
        ? $"application/pdf,{WordType},.docx,image/jpeg,image/png,image/webp"
        : "image/jpeg,image/png,image/webp";

    public static (string? ContentType, string? Error) Inspect(ReadOnlySpan<byte> content, QuestionType type = QuestionType.Photo)
    {
        if (content.Length == 0) return (null, "The selected file is empty");
        if (content.Length > MaxBytes) return (null, "The selected file must be smaller than 10MB");
        var sniffed = SniffImageType(content) ?? (type == QuestionType.Document ? SniffDocumentType(content) : null);
        if (sniffed is not null) return (sniffed, null);
        return (null, type == QuestionType.Document
            ? "The selected file must be a PDF, a Word document (DOCX), or a JPG, PNG or WEBP image"
            : "The selected file must be a JPG, PNG or WEBP image");
    }

    static string? SniffImageType(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "image/jpeg";
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.StartsWith(png)) return "image/png";
        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }

    static string? SniffDocumentType(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8)) return "application/pdf";
        if (b.StartsWith("PK\u0003\u0004"u8) && IsWordDocument(b.ToArray())) return WordType;
        return null;
    }

    static bool IsWordDocument(byte[] zip)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
            return archive.GetEntry("word/document.xml") is not null && archive.GetEntry("[Content_Types].xml") is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
