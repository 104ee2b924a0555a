using FrontDoor.Features.Cases;

namespace FrontDoor.Tests.Requests;

public class CaseReferenceTests
{
    [Fact]
    public void New_IsReadableAndNotSequential()
    {
        var references = Enumerable.Range(0, 2000).Select(_ => CaseReference.New()).ToList();
        Assert.All(references, r => Assert.Matches("^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$", r));
        Assert.Equal(references.Count, references.Distinct().Count());
        Assert.NotEqual(references.Order().ToList(), references);
    }

    [Theory]
    [InlineData("abcd-efgh", "ABCD-EFGH")]
    [InlineData(" ab cd ef gh ", "ABCD-EFGH")]
    [InlineData("ABCDEFGH", "ABCD-EFGH")]
    [InlineData("ABCD-EFG", null)]
    [InlineData("ABCD-EFG0", null)]
    [InlineData("<script>", null)]
    public void Normalise_TidiesWhatPeopleType(string input, string? expected) => Assert.Equal(expected, CaseReference.Normalise(input));
}
