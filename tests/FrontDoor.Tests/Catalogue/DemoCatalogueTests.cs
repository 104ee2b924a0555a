using FrontDoor.Features.DemoCouncil;

namespace FrontDoor.Tests.Catalogue;

public class DemoCatalogueTests
{
    /// <summary>The upload page adds the file types and size it takes after the question's own hint, so the hint must not say them again.</summary>
    [Fact]
    public void UploadQuestions_HintsLeaveTheFileTypesAndSizeToThePage()
    {
        var uploads = DemoSeeder.LoadCatalogue().SelectMany(s => s.Form.Questions.Where(q => q.IsUpload).Select(q => (s.Slug, q.Hint ?? ""))).ToList();
        Assert.NotEmpty(uploads);
        Assert.All(uploads, upload => Assert.DoesNotMatch("JPG|PNG|PDF|MB", upload.Item2));
    }
}
