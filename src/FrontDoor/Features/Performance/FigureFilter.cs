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
    public static IQueryable<CaseFigures> CaseRows(this FrontDoorDb db, FigureFilter f)
    {
        var rows = InPeriod(db.CaseFigures, f.Period).Where(r => r.Kind != CaseKind.Complaint && r.Kind != CaseKind.Compliment);
        if (f.ServiceId is int service) rows = rows.Where(r => r.ServiceId == service);
        if (f.TeamId is long team) rows = rows.Where(r => r.TeamId == team);
        if (f.Ward is { } ward) rows = rows.Where(r => r.Ward == ward);
        if (f.Channel is Channel channel) rows = rows.Where(r => r.Channel == channel);
        return rows;
    }

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

    /// <summary>The hotspot grid's squares: only a service (and so its team) narrows them.</summary>
    public static IQueryable<AreaFigures> AreaRows(this FrontDoorDb db, FigureFilter f)
    {
        var rows = InPeriod(db.AreaFigures, f.Period);
        if (f.ServiceId is int service) rows = rows.Where(r => r.ServiceId == service);
        if (f.TeamId is long team) rows = rows.Where(r => db.Services.Any(s => s.Id == r.ServiceId && s.TeamId == team));
        return rows;
    }

    public static IQueryable<MessageFigures> MessageRows(this FrontDoorDb db, Period period) => InPeriod(db.MessageFigures, period);

    static IQueryable<T> InPeriod<T>(DbSet<T> table, Period period) where T : class, IFigureRow
    {
        var (monthsFrom, monthsTo, daysBeforeTo, daysAfterFrom) = period.Cover();
        var (from, to) = (period.From, period.To);
        return table.AsNoTracking().Where(r =>
            (r.Span == FigureSpan.Month && r.Start >= monthsFrom && r.Start < monthsTo)
            || (r.Span == FigureSpan.Day && ((r.Start >= from && r.Start < daysBeforeTo) || (r.Start >= daysAfterFrom && r.Start < to))));
    }
}
