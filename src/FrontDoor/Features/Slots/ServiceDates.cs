using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Slots;

/// <summary>
/// The dates a booked service offers (a bulky waste round's collection days, pest control's visits): the places free in
/// the service's collections diaries that serve an address's ward, and the taking of one when the request is sent.
/// </summary>
public sealed class ServiceDates(FrontDoorDb db, DiarySlots slots, TimeProvider clock)
{
    /// <summary>
    /// The service's open collections diaries that serve the ward: first the rounds named for it, then those that serve
    /// everywhere (no wards). An address with no ward, or a place described in words, gets only the latter.
    /// </summary>
    public async Task<List<Diary>> DiariesAsync(int serviceId, string? ward, CancellationToken ct)
    {
        var diaries = await db.Diaries.AsNoTracking().Include(d => d.Hours).Include(d => d.Closures)
            .Where(d => d.ServiceId == serviceId && d.Use == DiaryUse.Collections && d.IsActive).OrderBy(d => d.Name).AsSplitQuery().ToListAsync(ct);
        return [.. diaries.Where(d => d.Wards.Count == 0 || (ward is not null && d.Wards.Contains(ward))).OrderBy(d => d.Wards.Count == 0)];
    }

    /// <summary>The ward of the address a form was given, when it was one from the gazetteer.</summary>
    public async Task<string?> WardOfAsync(long? uprn, CancellationToken ct) =>
        uprn is null ? null : await db.Properties.AsNoTracking().Where(p => p.Uprn == uprn).Select(p => p.Ward).SingleOrDefaultAsync(ct);

    /// <summary>Every slot with a place free in any of the diaries, from today as far ahead as they take bookings.</summary>
    public async Task<List<OpenSlot>> FreeAsync(IReadOnlyList<Diary> diaries, CancellationToken ct)
    {
        if (diaries.Count == 0) return [];
        var today = UkDates.DayOf(clock.GetUtcNow().UtcDateTime);
        return await slots.FreeInAsync(diaries, today, today.AddDays(diaries.Max(d => d.BookAheadDays)), ct);
    }

    /// <summary>Takes a place in the slot in the first diary that has one. Call it inside the transaction that saves the case.</summary>
    public async Task<SlotTaking> TakeAsync(IReadOnlyList<Diary> diaries, SlotSpan span, CancellationToken ct) =>
        (await slots.TakeFirstAsync(diaries, span.Start, ct, span.End)).Taking;
}
