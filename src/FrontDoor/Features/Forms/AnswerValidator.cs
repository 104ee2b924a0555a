using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using FrontDoor.Features.Catalogue;

namespace FrontDoor.Features.Forms;

/// <summary>The parts of a date answer, so a page outlines only the ones in error.</summary>
[Flags]
public enum DatePart { None = 0, Day = 1, Month = 2, Year = 4, All = Day | Month | Year }

/// <param name="DateParts">For a date with an error: which of its parts to outline.</param>
public record AnswerResult(IReadOnlyList<string> Values, string? Error, DatePart DateParts = DatePart.None)
{
    public bool IsValid => Error is null;
}

/// <summary>
/// Checks one answer against its question. Every channel (resident pages, staff form, API, Open311)
/// validates through here, so the rules and the messages are the same everywhere.
/// </summary>
public static partial class AnswerValidator
{
    [GeneratedRegex(@"<\s*[a-zA-Z/!?]|javascript:", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlLike();

    [GeneratedRegex(@"^\+?[0-9 ()\-]{7,20}$")]
    private static partial Regex PhoneShape();

    public static bool LooksLikeHtml(string value) => HtmlLike().IsMatch(value);

    public static AnswerResult Validate(Question q, IReadOnlyList<string> raw, DateOnly today)
    {
        var values = raw.Select(v => v.Trim()).ToList();
        var name = q.MessageName;
        var Name = char.ToUpperInvariant(name[0]) + name[1..];

        if (q.Type == QuestionType.Date) return ValidateDate(q, values, today, name, Name);

        values.RemoveAll(v => v.Length == 0);
        if (values.Count == 0)
            return q.Required ? Fail(q.Type is QuestionType.SingleChoice or QuestionType.MultipleChoice or QuestionType.YesNo or QuestionType.Slot ? $"Select {name}" : $"Enter {name}") : Ok([]);

        switch (q.Type)
        {
            case QuestionType.SingleChoice or QuestionType.YesNo:
                return values.Count == 1 && q.EffectiveOptions.Any(o => o.Value == values[0]) ? Ok(values) : Fail($"Select {name}");
            case QuestionType.MultipleChoice:
                var distinct = values.Distinct().ToList();
                return distinct.All(v => q.Options.Any(o => o.Value == v)) ? Ok(distinct) : Fail($"Select {name}");
            case QuestionType.Slot:
                // Only its shape here: whether the date is free is the diaries' to say, when the request is sent.
                return values.Count == 1 && Slots.SlotTimes.ParseSpan(values[0]) is { } span ? Ok([Slots.SlotTimes.Value(span)]) : Fail($"Select {name}");
        }

        if (values.Count != 1) return Fail($"Enter {name}");
        var value = values[0];
        if (value.Length > q.EffectiveMaxLength) return Fail($"{Name} must be {q.EffectiveMaxLength} characters or less");
        if (LooksLikeHtml(value)) return Fail($"{Name} must not include HTML or code, such as < and >");

        switch (q.Type)
        {
            case QuestionType.Number:
                if (!decimal.TryParse(value.Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                    return Fail($"{Name} must be a number");
                if (q.WholeNumber && number != decimal.Truncate(number)) return Fail($"{Name} must be a whole number");
                if (q.Min is decimal min && number < min) return Fail($"{Name} must be {min} or more");
                if (q.Max is decimal max && number > max) return Fail($"{Name} must be {max} or less");
                return Ok([number.ToString(CultureInfo.InvariantCulture)]);
            case QuestionType.Email:
                return IsEmail(value) ? Ok([value]) : Fail("Enter an email address in the correct format, like name@example.com");
            case QuestionType.Phone:
                return IsPhone(value) ? Ok([value]) : Fail("Enter a telephone number, like 01632 960 001, 07700 900 982 or +44 808 157 0192");
            default:
                return Ok([value]);
        }
    }

    public static bool IsEmail(string value) =>
        value.Length <= 254 && !value.Contains(' ') && MailAddress.TryCreate(value, out var address)
        && address.Address == value && address.Host.Contains('.');

    public static bool IsPhone(string value) =>
        PhoneShape().IsMatch(value) && value.Count(char.IsDigit) is >= 7 and <= 15;

    /// <summary>An optional email address on a form of FrontDoor's own: null when it is empty or looks right.</summary>
    public static string? EmailError(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !IsEmail(value.Trim()) ? "Enter an email address in the correct format, like name@example.com" : null;

    /// <summary>A telephone number given to book a call or a visit: null when it is empty or looks right.</summary>
    public static string? PhoneError(string? value) =>
        !string.IsNullOrWhiteSpace(value) && !IsPhone(value.Trim()) ? "Enter a telephone number, like 01632 960 001 or 07700 900 982" : null;

    /// <summary>
    /// A required piece of free text on a form of FrontDoor's own (a name, what a call is about): <paramref name="missing"/>
    /// when empty, otherwise whether it is too long or looks like code, naming it as <paramref name="name"/>.
    /// </summary>
    public static string? TextError(string? value, int maxLength, string missing, string name) =>
        string.IsNullOrWhiteSpace(value) ? missing
        : value.Trim().Length > maxLength ? $"{name} must be {maxLength} characters or less"
        : LooksLikeHtml(value) ? $"{name} must not include HTML or code, such as < and >"
        : null;

    /// <summary>Dates further back or ahead than this are typing mistakes in any form a council runs.</summary>
    public const int YearsBackAllowed = 120, YearsAheadAllowed = 10;

    static AnswerResult ValidateDate(Question q, List<string> parts, DateOnly today, string name, string Name)
    {
        if (parts.All(p => p.Length == 0)) return q.Required ? Fail($"Enter {name}", DatePart.All) : Ok([]);
        if (parts.Count == 1 && DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
            return CheckRange(q, iso, today, Name);
        if (parts.Count != 3) return Fail($"{Name} must be a real date", DatePart.All);
        (string Text, DatePart Part)[] labels = [("day", DatePart.Day), ("month", DatePart.Month), ("year", DatePart.Year)];
        var missing = labels.Where((_, i) => parts[i].Length == 0).ToList();
        if (missing.Count > 0)
            return Fail($"{Name} must include a {string.Join(" and ", missing.Select(m => m.Text))}", missing.Aggregate(DatePart.None, (all, m) => all | m.Part));
        var badParts = DatePart.None;
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var d) || d is < 1 or > 31) badParts |= DatePart.Day;
        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) || m is < 1 or > 12) badParts |= DatePart.Month;
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var y)) badParts |= DatePart.Year;
        else if (parts[2].Length != 4) return badParts == DatePart.None ? Fail("Year must include 4 numbers", DatePart.Year) : Fail($"{Name} must be a real date", badParts | DatePart.Year);
        if (badParts != DatePart.None) return Fail($"{Name} must be a real date", badParts);
        if (d > DateTime.DaysInMonth(y, m)) return Fail($"{Name} must be a real date", DatePart.Day);
        return CheckRange(q, new DateOnly(y, m, d), today, Name);
    }

    static AnswerResult CheckRange(Question q, DateOnly date, DateOnly today, string Name)
    {
        var earliest = today.AddYears(-YearsBackAllowed);
        var latest = today.AddYears(YearsAheadAllowed);
        return q.DateRule switch
        {
            DateRule.PastOrToday when date > today => Fail($"{Name} must be today or in the past", DatePart.All),
            DateRule.TodayOrFuture when date < today => Fail($"{Name} must be today or in the future", DatePart.All),
            _ when date < earliest => Fail($"{Name} must be after {Calendar.UkDates.Date(earliest.AddDays(-1))}", DatePart.All),
            _ when date > latest => Fail($"{Name} must be before {Calendar.UkDates.Date(latest.AddDays(1))}", DatePart.All),
            _ => Ok([date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]),
        };
    }

    static AnswerResult Ok(IReadOnlyList<string> values) => new(values, null);
    static AnswerResult Fail(string error, DatePart parts = DatePart.None) => new([], error, parts);
}
