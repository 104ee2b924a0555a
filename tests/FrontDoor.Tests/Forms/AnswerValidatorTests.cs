using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Forms;

namespace FrontDoor.Tests.Forms;

public class AnswerValidatorTests
{
    static readonly DateOnly Today = new(2026, 11, 22);

    static Question Q(QuestionType type, bool required = true, int? maxLength = null, decimal? min = null, decimal? max = null, DateRule rule = DateRule.Any) => new()
    {
        Id = "q", Type = type, Label = "What is it?", Name = "the thing", Required = required, MaxLength = maxLength, Min = min, Max = max, DateRule = rule,
        Options = [new("a", "A"), new("b", "B")],
    };

    static AnswerResult V(Question q, params string[] raw) => AnswerValidator.Validate(q, raw, Today);

    [Theory]
    [InlineData(QuestionType.Text, "Enter the thing")]
    [InlineData(QuestionType.Textarea, "Enter the thing")]
    [InlineData(QuestionType.Number, "Enter the thing")]
    [InlineData(QuestionType.Email, "Enter the thing")]
    [InlineData(QuestionType.Phone, "Enter the thing")]
    [InlineData(QuestionType.Date, "Enter the thing")]
    [InlineData(QuestionType.SingleChoice, "Select the thing")]
    [InlineData(QuestionType.MultipleChoice, "Select the thing")]
    [InlineData(QuestionType.YesNo, "Select the thing")]
    public void Validate_RequiredAndEmpty_SaysWhatToDo(QuestionType type, string message)
    {
        Assert.Equal(message, V(Q(type), type == QuestionType.Date ? ["", "", ""] : [" "]).Error);
        Assert.True(V(Q(type, required: false), type == QuestionType.Date ? ["", "", ""] : []).IsValid);
    }

    [Fact]
    public void Validate_Text_TrimsAndLimitsLength()
    {
        Assert.Equal(["pothole"], V(Q(QuestionType.Text), "  pothole ").Values);
        Assert.Equal("The thing must be 5 characters or less", V(Q(QuestionType.Text, maxLength: 5), "123456").Error);
        Assert.Equal("The thing must be 2000 characters or less", V(Q(QuestionType.Textarea), new string('x', 2001)).Error);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("hello <b>there</b>")]
    [InlineData("click javascript:alert(1)")]
    public void Validate_HtmlOrScript_IsRefused(string text) =>
        Assert.Equal("The thing must not include HTML or code, such as < and >", V(Q(QuestionType.Textarea), text).Error);

    [Fact]
    public void Validate_TextWithHarmlessAngleBracket_IsAccepted() =>
        Assert.True(V(Q(QuestionType.Textarea), "depth < 4cm and > 2cm").IsValid);

    [Fact]
    public void Validate_Number_ChecksFormatAndRange()
    {
        var q = Q(QuestionType.Number, min: 1, max: 10);
        Assert.Equal(["3"], V(q, "3").Values);
        Assert.Equal("The thing must be a number", V(q, "three").Error);
        Assert.Equal("The thing must be 1 or more", V(q, "0").Error);
        Assert.Equal("The thing must be 10 or less", V(q, "11").Error);
    }

    [Theory]
    [InlineData("name@example.com", true)]
    [InlineData("name@example", false)]
    [InlineData("not an email", false)]
    [InlineData("a@b.co", true)]
    public void Validate_Email(string email, bool valid) => Assert.Equal(valid, V(Q(QuestionType.Email), email).IsValid);

    [Theory]
    [InlineData("01632 960 001", true)]
    [InlineData("+44 808 157 0192", true)]
    [InlineData("12", false)]
    [InlineData("call me", false)]
    public void Validate_Phone(string phone, bool valid) => Assert.Equal(valid, V(Q(QuestionType.Phone), phone).IsValid);

    [Fact]
    public void Validate_Date_AcceptsRealDatesAsIso()
    {
        Assert.Equal(["2026-02-28"], V(Q(QuestionType.Date), "28", "2", "2026").Values);
        Assert.Equal(["2024-02-29"], V(Q(QuestionType.Date), "29", "2", "2024").Values);
        Assert.Equal(["2026-03-01"], V(Q(QuestionType.Date), "2026-03-01").Values);
    }

    [Theory]
    [InlineData("29", "2", "2026", "The thing must be a real date")]
    [InlineData("31", "4", "2026", "The thing must be a real date")]
    [InlineData("1", "13", "2026", "The thing must be a real date")]
    [InlineData("1", "1", "26", "Year must include 4 numbers")]
    [InlineData("1", "1", "02026", "Year must include 4 numbers")]
    [InlineData("x", "1", "2026", "The thing must be a real date")]
    [InlineData("", "1", "2026", "The thing must include a day")]
    [InlineData("1", "", "", "The thing must include a month and year")]
    public void Validate_ImpossibleOrIncompleteDate_IsRefused(string d, string m, string y, string message) =>
        Assert.Equal(message, V(Q(QuestionType.Date), d, m, y).Error);

    [Theory]
    [InlineData("", "1", "2026", DatePart.Day)]
    [InlineData("1", "", "", DatePart.Month | DatePart.Year)]
    [InlineData("1", "13", "2026", DatePart.Month)]
    [InlineData("1", "1", "26", DatePart.Year)]
    [InlineData("31", "4", "2026", DatePart.Day)]
    [InlineData("x", "y", "2026", DatePart.Day | DatePart.Month)]
    [InlineData("", "", "", DatePart.All)]
    public void Validate_DateError_NamesOnlyThePartsInError(string d, string m, string y, DatePart parts) =>
        Assert.Equal(parts, V(Q(QuestionType.Date), d, m, y).DateParts);

    [Fact]
    public void Validate_DateFarInThePastOrFuture_IsRefusedSayingWhereTheLimitIs()
    {
        Assert.Equal("The thing must be after 21 November 1906", V(Q(QuestionType.Date), "1", "1", "1900").Error);
        Assert.Equal("The thing must be after 21 November 1906", V(Q(QuestionType.Date), "1", "1", "1850").Error);
        Assert.Equal("The thing must be before 23 November 2036", V(Q(QuestionType.Date), "1", "1", "2999").Error);
        Assert.Equal("The thing must be after 21 November 1906", V(Q(QuestionType.Date), "0001-01-01").Error);
        Assert.True(V(Q(QuestionType.Date), "22", "11", "1906").IsValid);
    }

    [Fact]
    public void Validate_WholeNumber_RefusesFractions()
    {
        var count = Q(QuestionType.Number, min: 1, max: 10) with { WholeNumber = true };
        Assert.Equal("The thing must be a whole number", V(count, "2.5").Error);
        Assert.Equal(["2"], V(count, "2").Values);
        Assert.Equal(["2.5"], V(Q(QuestionType.Number), "2.5").Values);
    }

    [Fact]
    public void Validate_DateRules_PastAndFuture()
    {
        Assert.Equal("The thing must be today or in the past", V(Q(QuestionType.Date, rule: DateRule.PastOrToday), "23", "11", "2026").Error);
        Assert.True(V(Q(QuestionType.Date, rule: DateRule.PastOrToday), "22", "11", "2026").IsValid);
        Assert.Equal("The thing must be today or in the future", V(Q(QuestionType.Date, rule: DateRule.TodayOrFuture), "21", "11", "2026").Error);
    }

    [Fact]
    public void Validate_Choices_OnlyAcceptOfferedOptions()
    {
        Assert.Equal(["a"], V(Q(QuestionType.SingleChoice), "a").Values);
        Assert.Equal("Select the thing", V(Q(QuestionType.SingleChoice), "z").Error);
        Assert.Equal("Select the thing", V(Q(QuestionType.SingleChoice), "a", "b").Error);
        Assert.Equal(["a", "b"], V(Q(QuestionType.MultipleChoice), "a", "b", "a").Values);
        Assert.Equal("Select the thing", V(Q(QuestionType.MultipleChoice), "a", "z").Error);
        Assert.Equal(["yes"], V(Q(QuestionType.YesNo), "yes").Values);
        Assert.False(V(Q(QuestionType.YesNo), "maybe").IsValid);
    }
}
