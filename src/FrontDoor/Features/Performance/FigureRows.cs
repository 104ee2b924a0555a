using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Contacts;

namespace FrontDoor.Features.Performance;

/// <summary>A row of figures: one span of time from its start.</summary>
public interface IFigureRow
{
    FigureSpan Span { get; }
    DateOnly Start { get; }
}

/// <summary>What the figures need of one case; read in bulk, so only these columns leave the database.</summary>
sealed record CaseFact(DateTime CreatedAt, int ServiceId, long TeamId, string? Ward, Channel Channel, CaseKind Kind, DateTime? ResolvedAt,
    DateTime DueAt, bool ResolvedAtFirstContact, int Transfers, int Reopens, int? Score, double? Latitude, double? Longitude);

sealed record MessageFact(DateTime SentAt, Notifications.MessageKind Kind);

sealed record ContactFact(DateTime At, Channel Channel, ContactPurpose Purpose, int? ServiceId, long? TeamId, string? Ward);

sealed record FormFact(DateTime StartedAt, int ServiceId, bool Submitted);

static class Grouping
{
    /// <summary>One row a key, each made by <paramref name="create"/> and given every item with that key.</summary>
    public static List<TRow> Sum<TItem, TKey, TRow>(IEnumerable<TItem> items, Func<TItem, TKey> key, Func<TKey, TRow> create, Action<TRow, TItem> add)
        where TKey : notnull
    {
        var rows = new Dictionary<TKey, TRow>();
        foreach (var item in items)
        {
            var k = key(item);
            if (!rows.TryGetValue(k, out var row)) rows[k] = row = create(k);
            add(row, item);
        }
        return [.. rows.Values];
    }
}

static class CaseFigureRows
{
    sealed record Key(DateOnly Start, int ServiceId, long TeamId, string? Ward, Channel Channel, CaseKind Kind);

    public static List<CaseFigures> Of(IEnumerable<CaseFact> cases) => Grouping.Sum(cases,
        c => new Key(UkDates.DayOf(c.CreatedAt), c.ServiceId, c.TeamId, c.Ward, c.Channel, c.Kind), k => New(k, FigureSpan.Day), Count);

    public static List<CaseFigures> Sum(IEnumerable<CaseFigures> rows, FigureSpan span, Func<DateOnly, DateOnly> startOf) => Grouping.Sum(rows,
        r => new Key(startOf(r.Start), r.ServiceId, r.TeamId, r.Ward, r.Channel, r.Kind), k => New(k, span), Add);

    static CaseFigures New(Key k, FigureSpan span) =>
        new() { Span = span, Start = k.Start, ServiceId = k.ServiceId, TeamId = k.TeamId, Ward = k.Ward, Channel = k.Channel, Kind = k.Kind };

    static void Count(CaseFigures row, CaseFact c)
    {
        row.Received++;
        if (c.ResolvedAt is { } resolved)
        {
            row.Resolved++;
            if (resolved <= c.DueAt) row.ResolvedWithinStandard++;
            // Reopened means the first answer did not settle it.
            if (c.ResolvedAtFirstContact && c.Reopens == 0) row.ResolvedAtFirstContact++;
        }
        if (c.Reopens > 0) row.Reopened++;
        row.Transfers += c.Transfers;
        if (c.Score is int score)
        {
            row.SatisfactionAnswers++;
            row.SatisfactionScore += score;
            if (score >= 4) row.Satisfied++;
        }
    }

    public static void Add(CaseFigures row, CaseFigures other)
    {
        row.Received += other.Received;
        row.Resolved += other.Resolved;
        row.ResolvedWithinStandard += other.ResolvedWithinStandard;
        row.ResolvedAtFirstContact += other.ResolvedAtFirstContact;
        row.Reopened += other.Reopened;
        row.Transfers += other.Transfers;
        row.SatisfactionAnswers += other.SatisfactionAnswers;
        row.SatisfactionScore += other.SatisfactionScore;
        row.Satisfied += other.Satisfied;
    }
}

static class ContactFigureRows
{
    sealed record Key(DateOnly Start, Channel Channel, ContactPurpose Purpose, int? ServiceId, long? TeamId, string? Ward);

    public static List<ContactFigures> Of(IEnumerable<ContactFact> contacts) => Grouping.Sum(contacts,
        c => new Key(UkDates.DayOf(c.At), c.Channel, c.Purpose, c.ServiceId, c.TeamId, c.Ward), k => New(k, FigureSpan.Day), (row, _) => row.Contacts++);

    public static List<ContactFigures> Sum(IEnumerable<ContactFigures> rows, FigureSpan span, Func<DateOnly, DateOnly> startOf) => Grouping.Sum(rows,
        r => new Key(startOf(r.Start), r.Channel, r.Purpose, r.ServiceId, r.TeamId, r.Ward), k => New(k, span), (row, r) => row.Contacts += r.Contacts);

    static ContactFigures New(Key k, FigureSpan span) =>
        new() { Span = span, Start = k.Start, Channel = k.Channel, Purpose = k.Purpose, ServiceId = k.ServiceId, TeamId = k.TeamId, Ward = k.Ward };
}

static class AreaFigureRows
{
    sealed record Key(DateOnly Start, int? ServiceId, int South, int West);

    /// <summary>The grid square a point is in, in hundredths of a degree.</summary>
    public static (int South, int West) SquareOf(double latitude, double longitude) => ((int)Math.Floor(latitude * 100), (int)Math.Floor(longitude * 100));

    /// <summary>
    /// Each request counts in its service's square and in the every-service square. Requests only: complaints and
    /// compliments are about how a request was handled, not about a place.
    /// </summary>
    public static List<AreaFigures> Of(IEnumerable<CaseFact> cases) => Grouping.Sum(
        cases.Where(c => c is { Latitude: not null, Longitude: not null } && c.Kind is not (CaseKind.Complaint or CaseKind.Compliment))
            .Select(KeyOf).SelectMany(k => new[] { k, k with { ServiceId = null } }),
        k => k, k => New(k, FigureSpan.Day), (row, _) => row.Received++);

    static Key KeyOf(CaseFact c)
    {
        var (south, west) = SquareOf(c.Latitude!.Value, c.Longitude!.Value);
        return new(UkDates.DayOf(c.CreatedAt), c.ServiceId, south, west);
    }

    public static List<AreaFigures> Sum(IEnumerable<AreaFigures> rows, FigureSpan span, Func<DateOnly, DateOnly> startOf) => Grouping.Sum(rows,
        r => new Key(startOf(r.Start), r.ServiceId, r.South, r.West), k => New(k, span), (row, r) => row.Received += r.Received);

    static AreaFigures New(Key k, FigureSpan span) => new() { Span = span, Start = k.Start, ServiceId = k.ServiceId, South = k.South, West = k.West };
}

static class MessageFigureRows
{
    sealed record Key(DateOnly Start, Notifications.MessageKind Kind);

    public static List<MessageFigures> Of(IEnumerable<MessageFact> messages) => Grouping.Sum(messages,
        m => new Key(UkDates.DayOf(m.SentAt), m.Kind), k => New(k, FigureSpan.Day), (row, _) => row.Sent++);

    public static List<MessageFigures> Sum(IEnumerable<MessageFigures> rows, FigureSpan span, Func<DateOnly, DateOnly> startOf) => Grouping.Sum(rows,
        r => new Key(startOf(r.Start), r.Kind), k => New(k, span), (row, r) => row.Sent += r.Sent);

    static MessageFigures New(Key k, FigureSpan span) => new() { Span = span, Start = k.Start, Kind = k.Kind };
}

static class FormFigureRows
{
    sealed record Key(DateOnly Start, int ServiceId);

    public static List<FormFigures> Of(IEnumerable<FormFact> forms) => Grouping.Sum(forms,
        f => new Key(UkDates.DayOf(f.StartedAt), f.ServiceId), k => New(k, FigureSpan.Day), (row, f) =>
        {
            row.Started++;
            if (f.Submitted) row.Submitted++;
        });

    public static List<FormFigures> Sum(IEnumerable<FormFigures> rows, FigureSpan span, Func<DateOnly, DateOnly> startOf) => Grouping.Sum(rows,
        r => new Key(startOf(r.Start), r.ServiceId), k => New(k, span), (row, r) => (row.Started, row.Submitted) = (row.Started + r.Started, row.Submitted + r.Submitted));

    static FormFigures New(Key k, FigureSpan span) => new() { Span = span, Start = k.Start, ServiceId = k.ServiceId };
}
