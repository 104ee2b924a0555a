namespace FrontDoor.Features.Forms;

/// <summary>Accepts a photo by what its bytes say it is, never by its name or the browser's claim.</summary>
public static class PhotoCheck
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static (string? ContentType, string? Error) Inspect(ReadOnlySpan<byte> content)
    {
        if (content.Length == 0) return (null, "The selected file is empty");
        if (content.Length > MaxBytes) return (null, "The selected file must be smaller than 10MB");
        var type = SniffImageType(content);
        return type is null ? (null, "The selected file must be a JPG, PNG or WEBP image") : (type, null);
    }

    static string? SniffImageType(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "image/jpeg";
        ReadOnlySpan<byte> png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.StartsWith(png)) return "image/png";
        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        return null;
    }
}
