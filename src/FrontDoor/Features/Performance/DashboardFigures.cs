using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.SiteFeedback;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>The dashboard's tables, and the squares its hotspot map draws.</summary>
public sealed record DashboardView(List<FigureTable> Tables, List<HotSquare> Squares);

/// <summary>The dashboard's tables for a filter, each summed from the stored daily and monthly figures.</summary>
public sealed class DashboardFigures(FrontDoorDb db, CostFigures costs, HotspotFigures hotspots, FigureCache cache)
{
    /// <summary>Before any council's figures could exist: "all time" for the open cases.</summary>
    static readonly DateOnly Beginning = new(2000, 1, 1);

    /// <summary>The view for a filter as at the rollup job's last round, and when that round counted changes to.</summary>
    public Task<(DashboardView View, DateTime? CountedTo)> GetAsync(FigureFilter filter, DateOnly today, CancellationToken ct) =>
        cache.GetAsync(("dashboard", filter, today), () => BuildAsync(filter, today, ct), ct);

    /// <summary>Every ward the figures have counted, for the filter.</summary>
    public async Task<List<string>> WardsAsync(CancellationToken ct) => (await cache.GetAsync("dashboard-wards", () =>
        db.CaseFigures.AsNoTracking().Where(r => r.Span == FigureSpan.Month && r.Ward != null).Select(r => r.Ward!).Distinct().OrderBy(w => w).ToListAsync(ct), ct)).Value;

    async Task<DashboardView> BuildAsync(FigureFilter filter, DateOnly today, CancellationToken ct)
    {
        var period = filter.Period;
        var reads = new FigureReads(db, filter);
        var cases = await reads.CasesAsync(period, ct);
        var earlier = await reads.CasesAsync(period.Previous, ct);
        var contacts = await reads.ContactsAsync(period, ct);
        var earlierContacts = await reads.ContactsAsync(period.Previous, ct);
        var forms = await db.FormRows(filter).AddedUp().ToListAsync(ct);
        var earlierForms = await db.FormRows(filter.For(period.Previous)).AddedUp().ToListAsync(ct);
        var lastMonth = FigureRollup.MonthOf(period.To.AddDays(-1));
        var trend = await db.CaseRows(filter.For(new Period(PeriodKind.Custom, lastMonth.AddMonths(-11), lastMonth.AddMonths(1)))).ByMonthAndChannel().ToListAsync(ct);
        // Rows with nothing open add nothing, and most of a council's older rows have nothing open.
        var stillOpen = await db.CaseRows(filter.For(new Period(PeriodKind.Custom, Beginning, FigureRollup.MonthOf(today).AddMonths(1))))
            .Where(r => r.Received > r.Resolved).GroupBy(r => new { r.Start, r.TeamId })
            .Select(g => new { g.Key.Start, g.Key.TeamId, Open = g.Sum(r => r.Received - r.Resolved) }).ToListAsync(ct);
        var openByMonth = stillOpen.GroupBy(r => r.Start).Select(g => (Month: g.Key, Open: g.Sum(r => (long)r.Open))).ToList();
        var openByTeam = stillOpen.GroupBy(r => r.TeamId).ToDictionary(g => g.Key, g => g.Sum(r => (long)r.Open));
        var services = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        var takeUp = await db.TakeUpFigures.AsNoTracking().OrderByDescending(t => t.Day).FirstOrDefaultAsync(ct);
        var yearAgo = today.AddYears(-1);
        var takeUpYearAgo = await db.TakeUpFigures.AsNoTracking().Where(t => t.Day <= yearAgo).OrderByDescending(t => t.Day).FirstOrDefaultAsync(ct);

        var (from, to) = (UkDates.StartOf(period.From), UkDates.StartOf(period.To));
        // Online form answers are anonymous: only a service (and so its team) narrows them, and only the web channel has them.
        var formAnswers = filter.Ward is null && filter.Channel is null or Channel.Web
            ? await db.ServiceFeedback.AsNoTracking().Where(f => f.At >= from && f.At < to)
                .Where(f => filter.ServiceId == null || f.ServiceId == filter.ServiceId)
                .Where(f => filter.TeamId == null || db.Services.Any(s => s.Id == f.ServiceId && s.TeamId == filter.TeamId))
                .GroupBy(f => f.ServiceId).Select(g => new { ServiceId = g.Key, Answers = g.Count(), Score = g.Sum(f => f.Score), Satisfied = g.Count(f => f.Score >= 4) })
                .ToListAsync(ct)
            : [];
        var pageAnswers = await db.PageFeedback.AsNoTracking().Where(f => f.At >= from && f.At < to)
            .GroupBy(f => new { f.Page, f.Kind }).Select(g => new PageCount(g.Key.Page, g.Key.Kind, g.Count())).ToListAsync(ct);

        var (now, before) = (CaseTotals.Of(cases), CaseTotals.Of(earlier));
        var (contactsNow, contactsBefore) = (ContactTotals.Of(contacts), ContactTotals.Of(earlierContacts));
        var (formsNow, formsBefore) = (FormTotals(forms), FormTotals(earlierForms));
        var open = openByMonth.Sum(m => m.Open);
        string[] compare = ["Measure", period.Text, period.Previous.Text];
        var costTables = await costs.BuildAsync(reads, filter.BaselineOrYearBefore, now, takeUp?.Paperless ?? 0, ct);
        var (placeTables, squares) = await hotspots.BuildAsync(filter, cases, ct);

        List<FigureTable> tables =
        [
            new(DashboardTable.Summary.Slug(), "Summary", $"Requests received from {period.Text}, compared with the period before.", compare,
            [
                Row("Requests received", Figure.Count(now.Received), Figure.Count(before.Received)),
                Row("Made online", now.ShareOnline, before.ShareOnline),
                Row("Resolved so far", Figure.Count(now.Resolved), Figure.Count(before.Resolved)),
                Row("Resolved within the service standard", now.WithinStandardShare, before.WithinStandardShare),
                Row("Resolved at first contact", now.FirstContactShare, before.FirstContactShare),
                Row("Reopened after being closed", Figure.Count(now.Reopened), Figure.Count(before.Reopened)),
                Row("Moves between teams", Figure.Count(now.Transfers), Figure.Count(before.Transfers)),
                Row("Progress-chasing contacts per 100 requests", Figure.Per100(contactsNow.Chasing, now.Received), Figure.Per100(contactsBefore.Chasing, before.Received)),
                Row("Progress chasing as a share of all contacts", Figure.Share(contactsNow.Chasing, contactsNow.All), Figure.Share(contactsBefore.Chasing, contactsBefore.All)),
                Row("Average satisfaction", now.AverageSatisfaction, before.AverageSatisfaction),
                Row("Satisfied or very satisfied", now.SatisfiedShare, before.SatisfiedShare),
                Row("Satisfaction answers", Figure.Count(now.Answers), Figure.Count(before.Answers)),
                Row("Online forms started that were sent", Figure.Share(formsNow.Sent, formsNow.Started), Figure.Share(formsBefore.Sent, formsBefore.Started)),
            ]),
            new(DashboardTable.Channels.Slug(), "Requests by channel", "How requests reached the council.",
                ["Channel", "Requests", "Share of requests", period.Previous.Text],
                [.. Enum.GetValues<Channel>().Select(channel => (channel, now: cases.Where(r => r.Channel == channel).Sum(r => (long)r.Received),
                        before: earlier.Where(r => r.Channel == channel).Sum(r => (long)r.Received)))
                    .Where(c => c.now + c.before > 0)
                    .Select(c => Row(Channels.Label(c.channel), Figure.Count(c.now), Figure.Share(c.now, now.Received), Figure.Count(c.before)))],
                ChartColumn: 0),
            new(DashboardTable.ChannelShift.Slug(), "Channel shift", $"The share of requests made online (the council's forms and connected systems such as FixMyStreet), month by month, in the 12 months to {lastMonth:MMMM yyyy}.",
                ["Month", "Requests", "Made online", "Share made online"],
                [.. Enumerable.Range(0, 12).Select(i => lastMonth.AddMonths(i - 11)).Select(month =>
                {
                    var totals = CaseTotals.Of(trend.Where(r => FigureRollup.MonthOf(r.Start) == month));
                    return Row(month.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")),
                        Figure.Count(totals.Received), Figure.Count(totals.Online), totals.ShareOnline);
                })],
                ChartColumn: 2),
            new(DashboardTable.Services.Slug(), "By service", "Each service's requests and how they were dealt with, busiest first.",
                ["Service", "Received", "Resolved", "Within standard", "Resolved at first contact", "Average satisfaction"],
                [.. cases.GroupBy(r => r.ServiceId).Select(g => (name: services.GetValueOrDefault(g.Key, "Removed service"), totals: CaseTotals.Of(g)))
                    .OrderByDescending(s => s.totals.Received).ThenBy(s => s.name)
                    .Select(s => Row(s.name, Figure.Count(s.totals.Received), Figure.Count(s.totals.Resolved), s.totals.WithinStandardShare,
                        s.totals.FirstContactShare, s.totals.AverageSatisfaction))],
                ChartColumn: 2),
            new(DashboardTable.Teams.Slug(), "By team", "Each team's requests, how they were dealt with, and the cases it has open now. A case counts with the team that has it now, with the times it moved between teams.",
                ["Team", "Received", "Resolved", "Within standard", "Moves between teams", "Open now"],
                [.. teams.Select(t => (name: t.Value, totals: CaseTotals.Of(cases.Where(r => r.TeamId == t.Key)), open: openByTeam.GetValueOrDefault(t.Key)))
                    .Where(t => t.totals.Received > 0 || t.open > 0)
                    .OrderBy(t => t.name)
                    .Select(t => Row(t.name, Figure.Count(t.totals.Received), Figure.Count(t.totals.Resolved), t.totals.WithinStandardShare,
                        Figure.Count(t.totals.Transfers), Figure.Count(t.open)))],
                ChartColumn: 2),
            new(DashboardTable.Contacts.Slug(), "Contacts by channel", "Every contact with a customer, by channel and what it was for. Progress chasing is avoidable contact: a customer asking about a request that is still open.",
                ["Channel", "All contacts", "New requests", "Progress chasing", "Other"],
                [.. contacts.GroupBy(r => r.Channel).OrderBy(g => g.Key).Select(g => ContactRow(Channels.Label(g.Key), ContactTotals.Of(g)))],
                ChartColumn: 0),
            .. costTables,
            .. placeTables,
            new(DashboardTable.Backlog.Slug(), "Open cases by when they were received", $"The {open:N0} cases open now, by the month they came in.",
                ["Received", "Open cases"],
                [.. Backlog(openByMonth, today)],
                ChartColumn: 0),
            new(DashboardTable.Forms.Slug(), "Online forms", "Forms residents started online, and how many of them were sent.",
                ["Service", "Started", "Sent", "Share sent"],
                [.. forms.GroupBy(r => r.ServiceId).Select(g => (name: services.GetValueOrDefault(g.Key, "Removed service"), totals: FormTotals(g)))
                    .OrderByDescending(s => s.totals.Started).ThenBy(s => s.name)
                    .Select(s => Row(s.name, Figure.Count(s.totals.Started), Figure.Count(s.totals.Sent), Figure.Share(s.totals.Sent, s.totals.Started)))],
                ChartColumn: 2),
            new(DashboardTable.FormSatisfaction.Slug(), "Online form satisfaction", "Answers to \"What did you think of this service?\" at the end of an online form. They are anonymous, so only the service and team filters apply.",
                ["Service", "Answers", "Average", "Satisfied or very satisfied"],
                [.. formAnswers.Select(f => (name: services.GetValueOrDefault(f.ServiceId, "Removed service"), f.Answers, f.Score, f.Satisfied))
                    .OrderByDescending(f => f.Answers).ThenBy(f => f.name)
                    .Select(f => Row(f.name, Figure.Count(f.Answers), Figure.Average(f.Score, f.Answers), Figure.Share(f.Satisfied, f.Answers)))],
                ChartColumn: 1),
            new(DashboardTable.PageFeedback.Slug(), "Page feedback", "Answers to \"Is this page useful?\" and problems reported, by page, for the whole site.",
                ["Page", "Useful", "Not useful", "Share useful", "Problems reported"],
                [.. pageAnswers.GroupBy(p => p.Page).Select(g => (page: g.Key, yes: Count(g, PageFeedbackKind.Useful), no: Count(g, PageFeedbackKind.NotUseful),
                        problems: Count(g, PageFeedbackKind.Problem)))
                    .OrderByDescending(p => p.no + p.problems).ThenBy(p => p.page)
                    .Select(p => Row(p.page, Figure.Count(p.yes), Figure.Count(p.no), Figure.Share(p.yes, p.yes + p.no), Figure.Count(p.problems)))],
                ChartColumn: 2),
            new(DashboardTable.TakeUp.Slug(), "Accounts and paperless", "Customers with an online account, and those who asked for no paper, for the whole council.",
                ["Measure", takeUp is null ? "Now" : $"At {UkDates.Date(takeUp.Day)}", takeUpYearAgo is null ? "A year before" : $"At {UkDates.Date(takeUpYearAgo.Day)}"],
            [
                Row("Customers", Figure.Count(takeUp?.Customers ?? 0), new Figure(takeUpYearAgo?.Customers)),
                Row("With an online account", Figure.Share(takeUp?.Accounts ?? 0, takeUp?.Customers ?? 0), takeUpYearAgo is null ? new(null, FigureFormat.Percent) : Figure.Share(takeUpYearAgo.Accounts, takeUpYearAgo.Customers)),
                Row("Paperless", Figure.Share(takeUp?.Paperless ?? 0, takeUp?.Customers ?? 0), takeUpYearAgo is null ? new(null, FigureFormat.Percent) : Figure.Share(takeUpYearAgo.Paperless, takeUpYearAgo.Customers)),
            ]),
        ];
        return new(tables, squares);
    }

    static FigureRow Row(string label, params Figure[] values) => new(label, values);

    sealed record PageCount(string Page, PageFeedbackKind Kind, int Count);

    static long Count(IEnumerable<PageCount> counts, PageFeedbackKind kind) => counts.Where(c => c.Kind == kind).Sum(c => (long)c.Count);

    static FigureRow ContactRow(string channel, ContactTotals t) =>
        Row(channel, Figure.Count(t.All), Figure.Count(t.NewRequests), Figure.Count(t.Chasing), Figure.Count(t.All - t.NewRequests - t.Chasing));

    static (long Started, long Sent) FormTotals(IEnumerable<FormFigures> rows) =>
        rows.Aggregate((Started: 0L, Sent: 0L), (t, r) => (t.Started + r.Started, t.Sent + r.Submitted));

    /// <summary>The last twelve months one by one, newest first, and everything before them together.</summary>
    static IEnumerable<FigureRow> Backlog(IEnumerable<(DateOnly Month, long Open)> months, DateOnly today)
    {
        var thisMonth = FigureRollup.MonthOf(today);
        var recent = Enumerable.Range(0, 12).Select(i => thisMonth.AddMonths(-i)).ToList();
        var byMonth = months.ToDictionary(m => m.Month, m => m.Open);
        foreach (var month in recent)
            yield return Row(month.ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB")), Figure.Count(byMonth.GetValueOrDefault(month)));
        yield return Row($"Before {recent[^1]:MMMM yyyy}", Figure.Count(byMonth.Where(m => m.Key < recent[^1]).Sum(m => m.Value)));
    }
}
