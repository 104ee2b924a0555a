using FrontDoor.Features.Forms;

namespace FrontDoor.Tests.Forms;

public class PhotoCheckTests
{
    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16];

    [Fact]
    public void Inspect_RealImages_AreRecognisedByContent()
    {
        Assert.Equal("image/png", PhotoCheck.Inspect(Png).ContentType);
        Assert.Equal("image/jpeg", PhotoCheck.Inspect(Jpeg).ContentType);
        Assert.Equal("image/webp", PhotoCheck.Inspect("RIFF\0\0\0\0WEBPVP8 "u8).ContentType);
    }

    [Fact]
    public void Inspect_FakeImage_IsRefusedWhateverItsName() =>
        Assert.Equal("The selected file must be a JPG, PNG or WEBP image", PhotoCheck.Inspect("<html>not a picture</html>"u8).Error);

    [Fact]
    public void Inspect_EmptyOrOversized_IsRefused()
    {
        Assert.Equal("The selected file is empty", PhotoCheck.Inspect([]).Error);
        var big = new byte[PhotoCheck.MaxBytes + 1];
        Jpeg.CopyTo(big, 0);
        Assert.Equal("The selected file must be smaller than 10MB", PhotoCheck.Inspect(big).Error);
    }
}
