using System.IO.Compression;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Forms;

namespace FrontDoor.Tests.Forms;

public class UploadCheckTests
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16];

    [Fact]
    public void Inspect_RealImages_AreRecognisedByContent()
    {
        Assert.Equal("image/png", UploadCheck.Inspect(Png).ContentType);
        Assert.Equal("image/jpeg", UploadCheck.Inspect(Jpeg).ContentType);
        Assert.Equal("image/webp", UploadCheck.Inspect("RIFF\0\0\0\0WEBPVP8 "u8).ContentType);
    }

    [Fact]
    public void Inspect_FakeImage_IsRefusedWhateverItsName() =>
        Assert.Equal("The selected file must be a JPG, PNG or WEBP image", UploadCheck.Inspect("<html>not a picture</html>"u8).Error);

    [Fact]
    public void Inspect_EmptyOrOversized_IsRefused()
    {
        Assert.Equal("The selected file is empty", UploadCheck.Inspect([]).Error);
        var big = new byte[UploadCheck.MaxBytes + 1];
        Jpeg.CopyTo(big, 0);
        Assert.Equal("The selected file must be smaller than 10MB", UploadCheck.Inspect(big).Error);
    }

    public static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"u8.ToArray();

    /// <summary>The smallest zip Word would recognise by its parts; <paramref name="word"/> false makes any other zip.</summary>
    public static byte[] Zip(bool word = true)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry(word ? "word/document.xml" : "xl/workbook.xml");
        }
        return buffer.ToArray();
    }

    [Fact]
    public void Inspect_Document_TakesPdfWordAndImages()
    {
        Assert.Equal("application/pdf", UploadCheck.Inspect(Pdf, QuestionType.Document).ContentType);
        Assert.Equal(UploadCheck.WordType, UploadCheck.Inspect(Zip(), QuestionType.Document).ContentType);
        Assert.Equal("image/png", UploadCheck.Inspect(Png, QuestionType.Document).ContentType);
    }

    [Fact]
    public void Inspect_Document_RefusesOtherZipsAndBrokenOnes()
    {
        const string refused = "The selected file must be a PDF, a Word document (DOCX), or a JPG, PNG or WEBP image";
        Assert.Equal(refused, UploadCheck.Inspect(Zip(word: false), QuestionType.Document).Error);
        Assert.Equal(refused, UploadCheck.Inspect("PK\u0003\u0004 not really a zip"u8, QuestionType.Document).Error);
        Assert.Equal(refused, UploadCheck.Inspect("<script>alert(1)</script>"u8, QuestionType.Document).Error);
    }

    [Fact]
    public void Inspect_Photo_RefusesADocument() =>
        Assert.Equal("The selected file must be a JPG, PNG or WEBP image", UploadCheck.Inspect(Pdf, QuestionType.Photo).Error);
}
