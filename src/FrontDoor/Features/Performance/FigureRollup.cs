using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>
/// Keeps the daily and monthly figures in step with the cases, contacts and forms they count. A case's figures belong
/// to the day it was received, which never changes, so any change to a case is counted by working out that one day
/// again; contacts belong to the day they were made. The dashboard and the published figures read only these rows.
/// </summary>
public sealed class FigureRollup(FrontDoorDb db, TimeProvider clock)
{
    /// <summary>
    /// How far back each round looks again for changes: a transaction stamped before the last round began may have
    /// committed after it, and would otherwise never be counted.
    /// </summary>
    static readonly TimeSpan LateCommits = TimeSpan.FromMinutes(5);

    /// <summary>Names the reads of the records counted (cases, contacts, forms, messages) in their SQL, for logs and tests.</summary>
    public const string RecordsTag = "Figures: the records counted";

    /// <summary>Counts what changed since the last round; the first round ever rebuilds everything.</summary>
    /// <returns>How many days' figures it worked out again.</returns>
    public async Task<int> RefreshAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (await db.FigureRollupStates.FindAsync([1], ct) is not { } state)
        {
            await RebuildAsync(null, ct);
            return 0;
        }
        var since = state.ChangesSince - LateCommits;
        var changedCases = await db.Cases.AsNoTracking().Where(c => c.UpdatedAt > since).Select(c => new { c.Id, c.CreatedAt }).ToListAsync(ct);
        var changedIds = changedCases.Select(c => c.Id).ToList();
        var answered = await db.SatisfactionResponses.AsNoTracking().Where(s => s.AnsweredAt > since)
            .Join(db.Cases, s => s.CaseId, c => c.Id, (s, c) => c.CreatedAt).ToListAsync(ct);
        // A case that moved team takes its contacts with it, so their days are worked out again too.
        var contacts = await db.Contacts.AsNoTracking().Where(k => k.At > since || (k.CaseId != null && changedIds.Contains(k.CaseId.Value)))
            .Select(k => k.At).ToListAsync(ct);
        var forms = await db.Drafts.AsNoTracking().Where(d => d.UpdatedAt > since).Select(d => d.StartedAt).ToListAsync(ct);
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => m.SentAt > since).Select(m => m.SentAt!.Value).ToListAsync(ct);

        var caseDays = changedCases.Select(c => c.CreatedAt).Concat(answered).Select(UkDates.DayOf).ToHashSet();
        var contactDays = contacts.Select(UkDates.DayOf).ToHashSet();
        var formDays = forms.Select(UkDates.DayOf).ToHashSet();
        var messageDays = messages.Select(UkDates.DayOf).ToHashSet();
        foreach (var month in caseDays.Concat(contactDays).Concat(formDays).Concat(messageDays).Select(MonthOf).Distinct().Order())
        {
            List<Replacement> worked = [];
            foreach (var day in caseDays.Where(d => MonthOf(d) == month).Order())
                worked.Add(await CaseDaysAsync(day, day.AddDays(1), ct));
            foreach (var day in contactDays.Where(d => MonthOf(d) == month).Order())
                worked.Add(Days(day, day.AddDays(1), ContactFigureRows.Of(await ContactsAsync(day, day.AddDays(1), ct)), db.ContactFigures));
            foreach (var day in formDays.Where(d => MonthOf(d) == month).Order())
                worked.Add(Days(day, day.AddDays(1), FormFigureRows.Of(await FormsAsync(day, day.AddDays(1), ct)), db.FormFigures));
            foreach (var day in messageDays.Where(d => MonthOf(d) == month).Order())
                worked.Add(Days(day, day.AddDays(1), MessageFigureRows.Of(await MessagesAsync(day, day.AddDays(1), ct)), db.MessageFigures));
            await ReplaceMonthAsync(month, worked, ct);
        }
        var takeUpChanged = await WriteTakeUpAsync(now, ct);
        var days = caseDays.Count + contactDays.Count + formDays.Count + messageDays.Count;
        // The dashboard also reads feedback and the council's channel rates as they stand, so a change to those is a new round too.
        var changed = days > 0 || takeUpChanged
            || await db.PageFeedback.AnyAsync(f => f.At > since, ct) || await db.ServiceFeedback.AnyAsync(f => f.At > since, ct)
            || await db.ChannelRates.AnyAsync(r => r.UpdatedAt > since, ct);
        state = await db.FigureRollupStates.SingleAsync(ct);
        state.ChangesSince = now;
        await db.SaveChangesAsync(ct);
        if (changed) await NextRoundAsync(ct);
        return days;
    }

    /// <summary>
    /// Works out every figure again from the cases, contacts and forms, a month at a time, each month replaced in one
    /// transaction so the dashboard never shows a half-built month.
    /// </summary>
    public async Task RebuildAsync(IProgress<string>? progress, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // From the first month anything happened to the last, which is this one unless the records run past today.
        DateTime?[] bounds =
        [
            await db.Cases.MinAsync(c => (DateTime?)c.CreatedAt, ct), await db.Cases.MaxAsync(c => (DateTime?)c.CreatedAt, ct),
            await db.Contacts.MinAsync(k => (DateTime?)k.At, ct), await db.Contacts.MaxAsync(k => (DateTime?)k.At, ct),
            await db.Drafts.MinAsync(d => (DateTime?)d.StartedAt, ct), await db.Drafts.MaxAsync(d => (DateTime?)d.StartedAt, ct),
            await db.OutboxMessages.MinAsync(m => m.SentAt, ct), await db.OutboxMessages.MaxAsync(m => m.SentAt, ct),
        ];
        var known = bounds.OfType<DateTime>().Append(now).ToList();
        var (first, last) = (MonthOf(UkDates.DayOf(known.Min())), MonthOf(UkDates.DayOf(known.Max())));
        var months = Enumerable.Range(0, (last.Year - first.Year) * 12 + last.Month - first.Month + 1).Select(first.AddMonths).ToList();

        await using (var transaction = await BeginAsync(ct))
        {
            var after = last.AddMonths(1);
            await db.CaseFigures.Where(f => f.Start < first || f.Start >= after).ExecuteDeleteAsync(ct);
            await db.ContactFigures.Where(f => f.Start < first || f.Start >= after).ExecuteDeleteAsync(ct);
            await db.FormFigures.Where(f => f.Start < first || f.Start >= after).ExecuteDeleteAsync(ct);
            await db.AreaFigures.Where(f => f.Start < first || f.Start >= after).ExecuteDeleteAsync(ct);
            await db.MessageFigures.Where(f => f.Start < first || f.Start >= after).ExecuteDeleteAsync(ct);
            await transaction.CommitAsync(ct);
        }
        foreach (var (month, index) in months.Select((m, i) => (m, i)))
        {
            var next = month.AddMonths(1);
            await ReplaceMonthAsync(month,
            [
                await CaseDaysAsync(month, next, ct),
                Days(month, next, ContactFigureRows.Of(await ContactsAsync(month, next, ct)), db.ContactFigures),
                Days(month, next, FormFigureRows.Of(await FormsAsync(month, next, ct)), db.FormFigures),
                Days(month, next, MessageFigureRows.Of(await MessagesAsync(month, next, ct)), db.MessageFigures),
            ], ct);
            progress?.Report($"Figures worked out for {month:MMMM yyyy} ({index + 1} of {months.Count} months)");
        }
        await WriteTakeUpAsync(now, ct);
        // Changes made while the rebuild ran are counted by the next round.
        var state = await db.FigureRollupStates.FindAsync([1], ct);
        if (state is null) db.FigureRollupStates.Add(new FigureRollupState { ChangesSince = now });
        else state.ChangesSince = now;
        await db.SaveChangesAsync(ct);
        await NextRoundAsync(ct);
    }

    /// <summary>Added in the database, not here: two nodes' rounds that both changed figures must move it twice.</summary>
    Task NextRoundAsync(CancellationToken ct) => db.FigureRollupStates.ExecuteUpdateAsync(s => s.SetProperty(r => r.Round, r => r.Round + 1), ct);

    public static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>One writer at a time on PostgreSQL, where several instances run the job; SQLite has only one writer anyway.</summary>
    async Task<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction> BeginAsync(CancellationToken ct)
    {
        var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres) await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(5150313)", ct);
        return transaction;
    }

    /// <summary>Days' figures worked out, to be written in their month's transaction.</summary>
    delegate Task Replacement(CancellationToken ct);

    /// <summary>
    /// Replaces a month's figures with those worked out, and adds them up, in one transaction. The records were read and
    /// counted before it began: on SQLite a transaction holds the file's one write turn, which every intake waits for, and
    /// reading a busy day's cases inside it held intake up for half a second. A record changed meanwhile is counted again by
    /// the next round, which looks back from before these reads.
    /// </summary>
    async Task ReplaceMonthAsync(DateOnly month, List<Replacement> worked, CancellationToken ct)
    {
        await using var transaction = await BeginAsync(ct);
        foreach (var replace in worked) await replace(ct);
        await SumMonthAsync(month, ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>A case's figures and its place on the hotspot grid come from the same read of the cases.</summary>
    async Task<Replacement> CaseDaysAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var cases = await CasesAsync(from, to, ct);
        var (figures, areas) = (CaseFigureRows.Of(cases), AreaFigureRows.Of(cases));
        return async ct =>
        {
            await WriteDaysAsync(from, to, figures, db.CaseFigures, ct);
            await WriteDaysAsync(from, to, areas, db.AreaFigures, ct);
        };
    }

    Replacement Days<T>(DateOnly from, DateOnly to, List<T> rows, DbSet<T> table) where T : class, IFigureRow => ct => WriteDaysAsync(from, to, rows, table, ct);

    async Task WriteDaysAsync<T>(DateOnly from, DateOnly to, List<T> rows, DbSet<T> table, CancellationToken ct) where T : class, IFigureRow
    {
        await table.Where(f => f.Span == FigureSpan.Day && f.Start >= from && f.Start < to).ExecuteDeleteAsync(ct);
        await FigureRowWriter.InsertAsync(db, rows, ct);
    }

    /// <summary>A month's rows are its days' rows added up.</summary>
    async Task SumMonthAsync(DateOnly month, CancellationToken ct)
    {
        var next = month.AddMonths(1);
        await WriteMonthAsync(month, CaseFigureRows.Sum(await DaysOf(db.CaseFigures, month, next).ToListAsync(ct), FigureSpan.Month, MonthOf), db.CaseFigures, ct);
        await WriteMonthAsync(month, ContactFigureRows.Sum(await DaysOf(db.ContactFigures, month, next).ToListAsync(ct), FigureSpan.Month, MonthOf), db.ContactFigures, ct);
        await WriteMonthAsync(month, FormFigureRows.Sum(await DaysOf(db.FormFigures, month, next).ToListAsync(ct), FigureSpan.Month, MonthOf), db.FormFigures, ct);
        await WriteMonthAsync(month, AreaFigureRows.Sum(await DaysOf(db.AreaFigures, month, next).ToListAsync(ct), FigureSpan.Month, MonthOf), db.AreaFigures, ct);
        await WriteMonthAsync(month, MessageFigureRows.Sum(await DaysOf(db.MessageFigures, month, next).ToListAsync(ct), FigureSpan.Month, MonthOf), db.MessageFigures, ct);
    }

    static IQueryable<T> DaysOf<T>(DbSet<T> table, DateOnly from, DateOnly to) where T : class, IFigureRow =>
        table.AsNoTracking().Where(f => f.Span == FigureSpan.Day && f.Start >= from && f.Start < to);

    async Task WriteMonthAsync<T>(DateOnly month, List<T> rows, DbSet<T> table, CancellationToken ct) where T : class, IFigureRow
    {
        await table.Where(f => f.Span == FigureSpan.Month && f.Start == month).ExecuteDeleteAsync(ct);
        await FigureRowWriter.InsertAsync(db, rows, ct);
    }

    Task<List<CaseFact>> CasesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (UkDates.StartOf(from), UkDates.StartOf(to));
        return (from c in db.Cases.AsNoTracking().TagWith(RecordsTag)
                where c.CreatedAt >= start && c.CreatedAt < end
                join s in db.SatisfactionResponses on c.Id equals s.CaseId into answers
                from s in answers.DefaultIfEmpty()
                select new CaseFact(c.CreatedAt, c.ServiceId, c.TeamId, c.Ward, c.Channel, c.Kind, c.ResolvedAt, c.DueAt,
                    c.ResolvedAtFirstContact, c.Transfers, c.Reopens, s == null ? null : s.Score, c.Latitude, c.Longitude)).ToListAsync(ct);
    }

    Task<List<ContactFact>> ContactsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (UkDates.StartOf(from), UkDates.StartOf(to));
        return (from k in db.Contacts.AsNoTracking().TagWith(RecordsTag)
                where k.At >= start && k.At < end
                join c in db.Cases on k.CaseId equals c.Id into about
                from c in about.DefaultIfEmpty()
                select new ContactFact(k.At, k.Channel, k.Purpose, c == null ? null : c.ServiceId, c == null ? null : c.TeamId, c == null ? null : c.Ward))
            .ToListAsync(ct);
    }

    Task<List<FormFact>> FormsAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (UkDates.StartOf(from), UkDates.StartOf(to));
        // Residents' own online forms: not an agent's for a caller, nor staff trying a form out.
        return db.Drafts.AsNoTracking().TagWith(RecordsTag)
            .Where(d => d.StartedAt >= start && d.StartedAt < end && !d.Preview && d.AssistedByStaffId == null && d.Channel == Channel.Web)
            .Select(d => new FormFact(d.StartedAt, d.ServiceId, d.SubmittedReference != null)).ToListAsync(ct);
    }

    Task<List<MessageFact>> MessagesAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var (start, end) = (UkDates.StartOf(from), UkDates.StartOf(to));
        return db.OutboxMessages.AsNoTracking().TagWith(RecordsTag).Where(m => m.SentAt >= start && m.SentAt < end)
            .Select(m => new MessageFact(m.SentAt!.Value, m.Kind)).ToListAsync(ct);
    }

    /// <returns>Whether the counts differ from the last ones written.</returns>
    async Task<bool> WriteTakeUpAsync(DateTime now, CancellationToken ct)
    {
        var day = UkDates.DayOf(now);
        var counts = await db.Customers.AsNoTracking().Where(c => c.MergedIntoId == null).GroupBy(_ => 1)
            .Select(g => new { Customers = g.Count(), Accounts = g.Count(c => c.AccountCreatedAt != null), Paperless = g.Count(c => c.Paperless) })
            .SingleOrDefaultAsync(ct);
        // In the writers' lock: a rebuild and the job may both write today's row.
        await using var transaction = await BeginAsync(ct);
        var last = await db.TakeUpFigures.AsNoTracking().OrderByDescending(t => t.Day).FirstOrDefaultAsync(ct);
        var counted = new TakeUpFigures { Day = day, Customers = counts?.Customers ?? 0, Accounts = counts?.Accounts ?? 0, Paperless = counts?.Paperless ?? 0 };
        await db.TakeUpFigures.Where(t => t.Day == day).ExecuteDeleteAsync(ct);
        db.TakeUpFigures.Add(counted);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return last is null || (last.Customers, last.Accounts, last.Paperless) != (counted.Customers, counted.Accounts, counted.Paperless);
    }
}
