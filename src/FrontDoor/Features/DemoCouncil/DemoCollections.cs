using FrontDoor.Data;
using FrontDoor.Features.Slots;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.DemoCouncil;

/// <summary>
/// The demo's booked services: bulky waste on two rounds (the north wards on Mondays and Wednesdays, the south on Tuesdays
/// and Thursdays, six collections a day) and pest control visits anywhere, mornings and afternoons. A real council sets up its own.
/// </summary>
public static class DemoCollections
{
    static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public static async Task SeedAsync(FrontDoorDb db, CancellationToken ct)
    {
        if (await db.Diaries.AnyAsync(d => d.Use == DiaryUse.Collections, ct)) return;
        var bulky = await db.Services.SingleOrDefaultAsync(s => s.Slug == "bulky-waste", ct);
        var pests = await db.Services.SingleOrDefaultAsync(s => s.Slug == "pest-control", ct);
        if (bulky is null || pests is null) return;
        var wards = DemoGazetteer.Wards;
        db.Diaries.AddRange(
            Round("Bulky waste: north round", bulky, [.. wards.Take(wards.Length / 2)], [DayOfWeek.Monday, DayOfWeek.Wednesday]),
            Round("Bulky waste: south round", bulky, [.. wards.Skip(wards.Length / 2)], [DayOfWeek.Tuesday, DayOfWeek.Thursday]),
            new Diary
            {
                Name = "Pest control visits", Use = DiaryUse.Collections, ServiceId = pests.Id, TeamId = pests.TeamId, NoticeHours = 18, BookAheadDays = 21,
                Hours = [.. Weekdays.Select(day => new DiaryHours { Day = day, From = new(8, 0), To = new(16, 0), SlotMinutes = 240, Places = 2 })],
            });
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A day's round: one slot from 7am to 5pm, booked by 7am the day before at the latest.</summary>
    static Diary Round(string name, Catalogue.Service service, List<string> wards, DayOfWeek[] days) => new()
    {
        Name = name, Use = DiaryUse.Collections, ServiceId = service.Id, TeamId = service.TeamId, Wards = wards, NoticeHours = 24, BookAheadDays = 28,
        Hours = [.. days.Select(day => new DiaryHours { Day = day, From = new(7, 0), To = new(17, 0), SlotMinutes = 600, Places = 6 })],
    };
}
