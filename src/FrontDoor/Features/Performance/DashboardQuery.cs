using System.Globalization;
using FrontDoor.Features.Cases;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Features.Performance;

/// <summary>
/// The dashboard's filters as its address carries them. Kept as text and read here, so a mistyped or hostile address
/// gets a message by the field rather than a binding error.
/// </summary>
public sealed class DashboardQuery : Shared.DateRangeQuery
{
    [FromQuery(Name = "period")] public string? Period { get; set; }
    [FromQuery(Name = "service")] public string? Service { get; set; }
    [FromQuery(Name = "team")] public string? Team { get; set; }
    [FromQuery(Name = "ward")] public string? Ward { get; set; }
    [FromQuery(Name = "channel")] public string? Channel { get; set; }
    [FromQuery(Name = "baseline")] public string? Baseline { get; set; }

    public const string Custom = "custom";
    public static readonly string[] FieldOrder = ["period", "from", "to", "baseline", "service", "team", "ward", "channel"];

    /// <summary>The filter asked for, or this month's with the mistakes listed by field.</summary>
    public (FigureFilter Filter, List<(string Field, string Error)> Errors) Resolve(DateOnly today)
    {
        var errors = new List<(string, string)>();
        Performance.Period? period;
        if (Period == Custom)
        {
            var (from, to) = Read(errors, required: true, ("start", "end"));
            period = from is { } f && to is { } t ? Range(f, t, errors) : null;
        }
        else
        {
            period = string.IsNullOrEmpty(Period) ? Performance.Period.Month(today) : Performance.Period.FromCode(Period);
            if (period is null) errors.Add(("period", "Choose a period from the list"));
        }
        int? service = null;
        if (!string.IsNullOrEmpty(Service))
            if (int.TryParse(Service, NumberStyles.None, CultureInfo.InvariantCulture, out var s)) service = s;
            else errors.Add(("service", "Choose a service from the list"));
        long? team = null;
        if (!string.IsNullOrEmpty(Team))
            if (long.TryParse(Team, NumberStyles.None, CultureInfo.InvariantCulture, out var t)) team = t;
            else errors.Add(("team", "Choose a team from the list"));
        Channel? channel = null;
        if (!string.IsNullOrEmpty(Channel))
            if (Enum.TryParse<Channel>(Channel, out var c) && Enum.IsDefined(c) && !int.TryParse(Channel, out _)) channel = c;
            else errors.Add(("channel", "Choose a channel from the list"));
        var ward = string.IsNullOrEmpty(Ward) || Ward.Length > 100 ? null : Ward;
        var baseline = string.IsNullOrEmpty(Baseline) ? null : Performance.Period.FromCode(Baseline);
        if (!string.IsNullOrEmpty(Baseline) && baseline is null) errors.Add(("baseline", "Choose a baseline from the list"));
        return (new FigureFilter(period ?? Performance.Period.Month(today), service, team, ward, channel, baseline), errors);
    }

    static Period? Range(DateOnly from, DateOnly to, List<(string, string)> errors)
    {
        if (to < from)
        {
            errors.Add(("to", "The end date must be the same as or after the start date"));
            return null;
        }
        return new(PeriodKind.Custom, from, to.AddDays(1));
    }
}
