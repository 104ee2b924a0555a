using FrontDoor.Features.Catalogue;
using FrontDoor.Features.DemoCouncil;

namespace FrontDoor.Tests.Catalogue;

public class ServiceSearchTests
{
    static readonly IReadOnlyList<Service> Catalogue = DemoSeeder.LoadCatalogue();

    [Theory]
    [InlineData("bin", "missed-bin")]
    [InlineData("bins", "missed-bin")]
    [InlineData("rubbish", "missed-bin")]
    [InlineData("parking", "parking-problem")]
    [InlineData("parking permit", "parking-permit")]
    [InlineData("potholes", "pothole")]
    [InlineData("council tax", "council-tax-move")]
    [InlineData("noisy neighbour", "noise")]
    public void Rank_CommonWords_FindTheRightService(string query, string expectedSlug) =>
        Assert.Contains(expectedSlug, ServiceSearch.Rank(Catalogue, query).Take(5).Select(s => s.Slug));

    [Fact]
    public void Rank_NameMatchesComeFirst() =>
        Assert.Equal("pothole", ServiceSearch.Rank(Catalogue, "pothole")[0].Slug);

    [Theory]
    [InlineData("")]
    [InlineData("the")]
    [InlineData("zzzzqqq")]
    public void Rank_NothingUseful_FindsNothing(string query) => Assert.Empty(ServiceSearch.Rank(Catalogue, query));

    [Fact]
    public void DemoCatalogue_IsBigEnoughAndCoversTheCouncilsAreas()
    {
        Assert.True(Catalogue.Count >= 25);
        foreach (var area in new[] { "Bins and recycling", "Streets and environment", "Parking and travel", "Housing", "Council tax", "Benefits", "Licensing", "Planning", "Roads and pavements" })
            Assert.Contains(Catalogue, s => s.Category == area);
        Assert.All(Catalogue, s => Assert.NotEmpty(s.Form.Questions));
    }
}
