using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Slots;

/// <summary>A slot as offered: when it begins and ends (UTC), and how many of its places are free.</summary>
public sealed record OpenSlot(DateTime Start, DateTime End, int Free)
{
    public SlotSpan Span => new(Start, End);
}

/// <summary>Why a time cannot be booked.</summary>
public enum SlotRefusal { Past, TooSoon, TooFarAhead, Closed, NotOffered, Full }

/// <summary>A place taken in a slot, or why not.</summary>
public sealed record SlotTaking(Slot? Slot, SlotRefusal? Refusal)
{
    public static SlotTaking Refused(SlotRefusal why) => new(null, why);
}

public static class SlotRefusals
{
    /// <summary>What a person choosing a time is told.</summary>
    public static string Message(SlotRefusal refusal) => refusal switch
    {
        SlotRefusal.Past => "That time has passed. Choose a later time",
        SlotRefusal.TooSoon => "That time is too soon for us to get ready. Choose a later time",
        SlotRefusal.TooFarAhead => "That time is too far ahead to book yet. Choose an earlier time",
        SlotRefusal.Closed => "We are closed that day. Choose another day",
        SlotRefusal.NotOffered => "Choose one of the times shown",
        SlotRefusal.Full => "That time has just gone. Choose another time",
    };

    /// <summary>What a person choosing a booked service's date is told.</summary>
    public static string DateMessage(SlotRefusal refusal) => refusal switch
    {
        SlotRefusal.Past => "That date has passed. Choose a later date",
        SlotRefusal.TooSoon => "That date is too soon for us to arrange. Choose a later date",
        SlotRefusal.TooFarAhead => "That date is too far ahead to book yet. Choose an earlier date",
        SlotRefusal.Closed => "We cannot come that day. Choose another date",
        SlotRefusal.NotOffered => "Choose one of the dates shown",
        SlotRefusal.Full => "That date has just gone. Choose another date",
    };

    /// <summary>When no diary of the service serves the address.</summary>
    public const string NoDates = "There are no dates to book online for that address. Contact us to arrange it";
}

/// <summary>
/// The slots a diary offers and the taking of their places: every booking, whatever it is for and whoever makes it,
/// takes and gives back places here.
/// </summary>
public sealed class DiarySlots(FrontDoorDb db, WorkingDays workingDays, TimeProvider clock)
{
    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Every slot from one UK day to another (both included) that may be booked now and has a place free, earliest first.</summary>
    public async Task<List<OpenSlot>> FreeAsync(Diary diary, DateOnly from, DateOnly to, CancellationToken ct)
    {
        // Only the days that may be booked at all are looked at, whatever range is asked for.
        var today = UkDates.DayOf(Now);
        (from, to) = (from < today ? today : from, to > today.AddDays(diary.BookAheadDays) ? today.AddDays(diary.BookAheadDays) : to);
        var bookable = Offered(diary, from, to).Where(s => Refusal(diary, s.Start) is null).ToList();
        if (bookable.Count == 0) return [];
        var (first, last) = (bookable[0].Start, bookable[^1].Start);
        var taken = await db.Slots.AsNoTracking().Where(s => s.DiaryId == diary.Id && s.Start >= first && s.Start <= last)
            .ToDictionaryAsync(s => s.Start, s => s.Places - s.Taken, ct);
        return [.. bookable.Select(s => taken.TryGetValue(s.Start, out var free) ? s with { Free = free } : s).Where(s => s.Free > 0)];
    }

    /// <summary>The free slots of several diaries on these days as one list: a time is free while any of them has a place then.</summary>
    public async Task<List<OpenSlot>> FreeInAsync(IEnumerable<Diary> diaries, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var free = new List<OpenSlot>();
        foreach (var diary in diaries) free.AddRange(await FreeAsync(diary, from, to, ct));
        return [.. free.GroupBy(s => s.Start).Select(g => g.First() with { Free = g.Sum(s => s.Free) }).OrderBy(s => s.Start)];
    }

    /// <summary>
    /// Takes a place at <paramref name="start"/> in the first of the diaries, in their order, that has one; when none
    /// has, the most telling reason: "full" when the time exists but every diary is taken then.
    /// </summary>
    public async Task<(Diary? Diary, SlotTaking Taking)> TakeFirstAsync(IEnumerable<Diary> diaries, DateTime start, CancellationToken ct, DateTime? end = null)
    {
        var refusal = SlotRefusal.NotOffered;
        foreach (var diary in diaries)
        {
            var taking = await TakeAsync(diary, start, ct, end);
            if (taking.Slot is not null) return (diary, taking);
            if (taking.Refusal is SlotRefusal.Full || refusal == SlotRefusal.NotOffered) refusal = taking.Refusal!.Value;
        }
        return (null, SlotTaking.Refused(refusal));
    }

    /// <summary>
    /// Takes a place in the slot beginning at <paramref name="start"/> (and ending at <paramref name="end"/>, when given). Call it inside the transaction that saves what
    /// the place is for, so both are kept or neither; two people taking the last place at once get one place between them.
    /// </summary>
    public async Task<SlotTaking> TakeAsync(Diary diary, DateTime start, CancellationToken ct, DateTime? end = null)
    {
        if (Refusal(diary, start) is { } refused) return SlotTaking.Refused(refused);
        var day = UkDates.DayOf(start);
        if (Offered(diary, day, day).FirstOrDefault(s => s.Start == start && (end is null || s.End == end)) is not { } offered)
            return SlotTaking.Refused(SlotRefusal.NotOffered);
        // The slot's row is made by whoever takes its first place; two making it at once leave one.
        await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "Slots" ("DiaryId", "Start", "End", "Places", "Taken") VALUES ({diary.Id}, {start}, {offered.End}, {offered.Free}, 0)
            ON CONFLICT ("DiaryId", "Start") DO NOTHING
            """, ct);
        var moved = await db.Slots.Where(s => s.DiaryId == diary.Id && s.Start == start && s.Taken < s.Places)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken + 1), ct);
        if (moved == 0) return SlotTaking.Refused(SlotRefusal.Full);
        return new(await db.Slots.AsNoTracking().SingleAsync(s => s.DiaryId == diary.Id && s.Start == start, ct), null);
    }

    /// <summary>Gives a place back, when what it was taken for is cancelled or moved.</summary>
    public Task ReleaseAsync(long slotId, CancellationToken ct) =>
        db.Slots.Where(s => s.Id == slotId && s.Taken > 0).ExecuteUpdateAsync(s => s.SetProperty(x => x.Taken, x => x.Taken - 1), ct);

    /// <summary>Why a slot beginning then cannot be booked now, whatever is taken in it; null when it can.</summary>
    public SlotRefusal? Refusal(Diary diary, DateTime start)
    {
        if (start <= Now) return SlotRefusal.Past;
        if (start < Now.AddHours(diary.NoticeHours)) return SlotRefusal.TooSoon;
        var day = UkDates.DayOf(start);
        if (day > UkDates.DayOf(Now).AddDays(diary.BookAheadDays)) return SlotRefusal.TooFarAhead;
        if (IsClosed(diary, day)) return SlotRefusal.Closed;
        return null;
    }

    /// <summary>The slots the diary's hours make on these days, all their places free; closed days have none.</summary>
    IEnumerable<OpenSlot> Offered(Diary diary, DateOnly from, DateOnly to)
    {
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (IsClosed(diary, day)) continue;
            foreach (var hours in diary.Hours.Where(h => h.Day == day.DayOfWeek && h.SlotMinutes > 0).OrderBy(h => h.From))
            {
                var (open, close) = (hours.From.ToTimeSpan(), hours.To.ToTimeSpan());
                for (var at = open; at + TimeSpan.FromMinutes(hours.SlotMinutes) <= close; at += TimeSpan.FromMinutes(hours.SlotMinutes))
                {
                    var (start, end) = (TimeOnly.FromTimeSpan(at), TimeOnly.FromTimeSpan(at + TimeSpan.FromMinutes(hours.SlotMinutes)));
                    // The hour the clocks skip in spring has no slots.
                    if (IsReal(day, start)) yield return new(UkDates.At(day, start), UkDates.At(day, end), hours.Places);
                }
            }
        }
    }

    bool IsClosed(Diary diary, DateOnly day) => workingDays.IsBankHoliday(day) || diary.Closures.Any(c => c.From <= day && day <= c.To);

    static bool IsReal(DateOnly day, TimeOnly time) => !WorkingDays.UkTime.IsInvalidTime(day.ToDateTime(time));
}
