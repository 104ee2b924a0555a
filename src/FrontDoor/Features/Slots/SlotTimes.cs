using System.Globalization;
using FrontDoor.Features.Calendar;

namespace FrontDoor.Features.Slots;

/// <summary>A slot's start and end, as a booked service's answer keeps them.</summary>
public readonly record struct SlotSpan(DateTime Start, DateTime End)
{
    /// <summary>A slot of six hours or more is a day's round, told as a date; a shorter one is a visit, told with its times.</summary>
    public bool IsWholeDay => End - Start >= TimeSpan.FromHours(6);
}

/// <summary>A slot's start as forms and links carry it: UTC to the minute, so a choice means the same in winter and summer.</summary>
public static class SlotTimes
{
    const string Format = "yyyy-MM-dd'T'HH:mm'Z'";

    public static string Value(DateTime start) => start.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>The start a form or link gave, or null for one that is not a time or no diary could hold (before 2000, after 2100).</summary>
    public static DateTime? Parse(string? value) =>
        DateTime.TryParseExact(value, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start)
            && start.Year is >= 2000 and <= 2100 ? start : null;

    /// <summary>A slot as an answer keeps it: an ISO 8601 interval, "2026-12-10T07:00Z/2026-12-10T17:00Z".</summary>
    public static string Value(SlotSpan span) => $"{Value(span.Start)}/{Value(span.End)}";

    /// <summary>The slot an answer names, or null when it is not an interval of two times in order.</summary>
    public static SlotSpan? ParseSpan(string? value) =>
        value?.Split('/') is [var from, var to] && Parse(from) is { } start && Parse(to) is { } end && end > start ? new SlotSpan(start, end) : null;

    /// <summary>The date a booked service's answers chose, with its question; null when the form books none or it was not answered.</summary>
    public static (Catalogue.Question Question, SlotSpan Span)? Booked(Catalogue.FormDefinition form, IReadOnlyDictionary<string, List<string>> answers) =>
        form.Questions.FirstOrDefault(q => q.IsSlot) is { } q && answers.GetValueOrDefault(q.Id) is [var value] && ParseSpan(value) is { } span ? (q, span) : null;

    /// <summary>"Thursday 10 December 2026" for a day's round; "Thursday 10 December 2026, 8am to 12pm" for a visit.</summary>
    public static string Text(SlotSpan span) => span.IsWholeDay ? UkDates.DayAndDate(span.Start) : UkDates.Window(span.Start, span.End);
}
