namespace FrontDoor.Features.Open311;

/// <summary>
/// A start_date/end_date window, in W3C date-times with a time zone. Without them it is the last <c>span</c>;
/// with one, the other is filled in; it may not be longer than <c>span</c>.
/// </summary>
public readonly record struct Open311Window(DateTime From, DateTime To, string? Error)
{
    public static Open311Window Read(string? start, string? end, TimeProvider clock, TimeSpan span)
    {
        DateTime from = default, to = default;
        if (!string.IsNullOrWhiteSpace(start) && !Open311Format.TryParseDateTime(start, out from))
            return Fail("start_date must be a W3C date-time with a time zone, such as 2026-11-01T09:00:00Z");
        if (!string.IsNullOrWhiteSpace(end) && !Open311Format.TryParseDateTime(end, out to))
            return Fail("end_date must be a W3C date-time with a time zone, such as 2026-11-22T17:00:00+00:00");
        var hasStart = !string.IsNullOrWhiteSpace(start);
        var hasEnd = !string.IsNullOrWhiteSpace(end);
        if (!hasEnd) to = hasStart ? from + span : clock.GetUtcNow().UtcDateTime;
        if (!hasStart) from = to - span;
        if (to < from) return Fail("end_date must be after start_date");
        if (to - from > span) return Fail($"start_date and end_date may be at most {span.TotalDays:0} days apart");
        return new(from, to, null);
    }

    static Open311Window Fail(string error) => new(default, default, error);
}
