using FrontDoor.Features.Messages;

namespace FrontDoor.Tests.Messages;

public class CouncilTemplatesTests
{
    static readonly string[] Known = ["reference", "council"];

    [Fact]
    public void Render_FillsPlaceholdersAndLiquidTags_AsPlainText() =>
        Assert.Equal("Ref FD-1 from <Ashworth> & co: yes",
            CouncilTemplates.Render("Ref {{ reference }} from {{ council }}: {% if reference %}yes{% endif %}",
                new Dictionary<string, string> { ["reference"] = "FD-1", ["council"] = "<Ashworth> & co" }));

    [Fact]
    public void Problem_MisspeltPlaceholder_NamesItAndWhatCanBeUsed() =>
        Assert.Equal("has a placeholder we do not know, {{ refrence }}. You can use {{ reference }}, {{ council }}",
            CouncilTemplates.Problem("Your request {{ refrence }}", Known));

    [Fact]
    public void Problem_BrokenTagOrUnknownFilter_Refused()
    {
        Assert.StartsWith("has a mistake in its placeholders or tags", CouncilTemplates.Problem("{% if reference %}no end", Known));
        Assert.StartsWith("cannot be filled in", CouncilTemplates.Problem("{{ reference | shout }}", Known));
    }

    [Fact]
    public void Render_RunawayLoop_StopsAtTheLimit() =>
        Assert.Null(CouncilTemplates.Render("{% for i in (1..100000000) %}x{% endfor %}", new Dictionary<string, string>()));

    [Fact]
    public void Problem_GoodWording_IsNull() => Assert.Null(CouncilTemplates.Problem("Thanks, {{ council | upcase }}", Known));

    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("Hello", 5, 1)]
    [InlineData("€", 2, 1)]
    [InlineData("Dziękujemy", 10, 1)]
    public void TextMessageLength_CountsCharactersAsTheNetworkDoes(string text, int characters, int fragments) =>
        Assert.Equal((characters, fragments), TextMessageLength.Of(text));

    [Fact]
    public void TextMessageLength_LongTexts_SplitIntoParts()
    {
        Assert.Equal((160, 1), TextMessageLength.Of(new string('a', 160)));
        Assert.Equal((161, 2), TextMessageLength.Of(new string('a', 161)));
        Assert.Equal((71, 2), TextMessageLength.Of(new string('ę', 71)));
    }

    [Theory]
    [InlineData(null, "en")]
    [InlineData("Welsh", "cy")]
    [InlineData("cymraeg", "cy")]
    [InlineData("Polish", "pl")]
    [InlineData("Klingon", "en")]
    public void Languages_CustomersWordsMatchACode(string? said, string code) => Assert.Equal(code, Languages.CodeFor(said));
}
