using FrontDoor.Data;
using FrontDoor.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>Which figures to show: a period, and optionally one service, team, ward or channel.</summary>
public sealed record FigureFilter(Period Period, int? ServiceId = null, long? TeamId = null, string? Ward = null, Channel? Channel = null, Period? Baseline = null)
{
    /// <summary>What savings are measured against: the period chosen, or the same period a year before.</summary>
    public Period BaselineOrYearBefore => Baseline ?? Period with { From = Period.From.AddYears(-1), To = Period.To.AddYears(-1) };

    public FigureFilter For(Period period) => this with { Period = period };
}

/// <summary>The stored rows a filter chooses; everything the dashboard and the published figures show is summed from these.</summary>
public static class FigureQueries
{
    /// <summary>Requests and enquiries: complaints and compliments are counted apart, in the complaints figures.</summary>
    public static IQueryable<CaseFigures> CaseRows(this FrontDoorDb db, FigureFilter f) =>
        AllCaseRows(db, f).Where(r => r.Kind != CaseKind.Complaint && r.Kind != CaseKind.Compliment);

    /// <summary>Cases of one kind, such as compliments.</summary>
    public static IQueryable<CaseFigures> CaseRows(this FrontDoorDb db, FigureFilter f, CaseKind kind) => AllCaseRows(db, f).Where(r => r.Kind == kind);

    static IQueryable<CaseFigures> AllCaseRows(FrontDoorDb db, FigureFilter f)
    {
        var rows = InPeriod(db.CaseFigures, f.Period);
        if (f.ServiceId is int service) rows = rows.Where(r => r.ServiceId == service);
        if (f.TeamId is long team) rows = rows.Where(r => r.TeamId == team);
        if (f.Ward is { } ward) rows = rows.Where(r => r.Ward == ward);
        if (f.Channel is Channel channel) rows = rows.Where(r => r.Channel == channel);
        return rows;
    }

    /// <summary>
    /// The rows added up in the database over their days and months, one row a service, team, ward, channel and kind: a
    /// year of a large council's figures arrives as a few thousand rows rather than tens of thousands.
    /// </summary>
    public static IQueryable<CaseFigures> AddedUp(this IQueryable<CaseFigures> rows) =>
        rows.GroupBy(r => new { r.ServiceId, r.TeamId, r.Ward, r.Channel, r.Kind }).Select(g => new CaseFigures
        {
            ServiceId = g.Key.ServiceId, TeamId = g.Key.TeamId, Ward = g.Key.Ward, Channel = g.Key.Channel, Kind = g.Key.Kind,
            Received = g.Sum(r => r.Received), Resolved = g.Sum(r => r.Resolved), ResolvedWithinStandard = g.Sum(r => r.ResolvedWithinStandard),
            ResolvedAtFirstContact = g.Sum(r => r.ResolvedAtFirstContact), Reopened = g.Sum(r => r.Reopened), Transfers = g.Sum(r => r.Transfers),
            SatisfactionAnswers = g.Sum(r => r.SatisfactionAnswers), SatisfactionScore = g.Sum(r => r.SatisfactionScore), Satisfied = g.Sum(r => r.Satisfied),
        });

    /// <summary>Month by month and channel by channel, for channel shift over time (the rows must be whole months).</summary>
    public static IQueryable<CaseFigures> ByMonthAndChannel(this IQueryable<CaseFigures> rows) =>
        rows.GroupBy(r => new { r.Start, r.Channel }).Select(g => new CaseFigures { Start = g.Key.Start, Channel = g.Key.Channel, Received = g.Sum(r => r.Received) });

    public static IQueryable<ContactFigures> AddedUp(this IQueryable<ContactFigures> rows) =>
        rows.GroupBy(r => new { r.Channel, r.Purpose }).Select(g => new ContactFigures { Channel = g.Key.Channel, Purpose = g.Key.Purpose, Contacts = g.Sum(r => r.Contacts) });

    public static IQueryable<FormFigures> AddedUp(this IQueryable<FormFigures> rows) =>
        rows.GroupBy(r => r.ServiceId).Select(g => new FormFigures { ServiceId = g.Key, Started = g.Sum(r => r.Started), Submitted = g.Sum(r => r.Submitted) });

    /// <summary>Contacts about cases of the chosen service, team or ward; the channel is the contact's own.</summary>
    public static IQueryable<ContactFigures> ContactRows(this FrontDoorDb db, FigureFilter f)
    {
        var rows = InPeriod(db.ContactFigures, f.Period);
        if (f.ServiceId is int service) rows = rows.Where(r => r.ServiceId == service);
        if (f.TeamId is long team) rows = rows.Where(r => r.TeamId == team);
        if (f.Ward is { } ward) rows = rows.Where(r => r.Ward == ward);
        if (f.Channel is Channel channel) rows = rows.Where(r => r.Channel == channel);
        return rows;
    }

    /// <summary>Online forms only have a service: a ward, team or channel other than the web leaves none of them.</summary>
    public static IQueryable<FormFigures> FormRows(this FrontDoorDb db, FigureFilter f)
    {
        var rows = InPeriod(db.FormFigures, f.Period);
        if (f.ServiceId is int service) rows = rows.Where(r => r.ServiceId == service);
        if (f.TeamId is long team) rows = rows.Where(r => db.Services.Any(s => s.Id == r.ServiceId && s.TeamId == team));
        if (f.Ward is not null || f.Channel is not (null or Channel.Web)) rows = rows.Where(_ => false);
        return rows;
    }

    /// <summary>The hotspot grid's squares: only a service (and so its team) narrows them; without either, the every-service rows.</summary>
    public static IQueryable<AreaFigures> AreaRows(this FrontDoorDb db, FigureFilter f)
    {
        var rows = InPeriod(db.AreaFigures, f.Period);
        if (f.ServiceId is int service) return rows.Where(r => r.ServiceId == service);
        if (f.TeamId is long team) return rows.Where(r => db.Services.Any(s => s.Id == r.ServiceId && s.TeamId == team));
        return rows.Where(r => r.ServiceId == null);
    }

    public static IQueryable<MessageFigures> MessageRows(this FrontDoorDb db, Period period) => InPeriod(db.MessageFigures, period);

    /// <summary>
    /// The whole months' rows and the days' rows either side, as three ranges of the (span, start) index joined together:
    /// one condition with ORs between them would have the databases read every row of the table.
    /// </summary>
    static IQueryable<T> InPeriod<T>(DbSet<T> table, Period period) where T : class, IFigureRow
    {
        var (monthsFrom, monthsTo, daysBeforeTo, daysAfterFrom) = period.Cover();
        var (from, to) = (period.From, period.To);
        var rows = table.AsNoTracking();
        return rows.Where(r => r.Span == FigureSpan.Month && r.Start >= monthsFrom && r.Start < monthsTo)
            .Concat(rows.Where(r => r.Span == FigureSpan.Day && r.Start >= from && r.Start < daysBeforeTo))
            .Concat(rows.Where(r => r.Span == FigureSpan.Day && r.Start >= daysAfterFrom && r.Start < to));
    }
}
