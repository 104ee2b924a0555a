using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Slots;
using FrontDoor.Tests.Infrastructure;
using static FrontDoor.Tests.Infrastructure.UkTimes;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDoor.Tests.Slots;

public abstract class DiarySlotsTests(TestApp app)
{
    /// <summary>Weekdays 9am to 5pm in hourly slots; two hours' notice; a week ahead; shut on 29 December 2026.</summary>
    async Task<Diary> DiaryAsync(int places = 2)
    {
        var team = await TestData.TeamAsync(app, "Highways");
        var diary = new Diary
        {
            Name = $"Diary {Guid.NewGuid():N}", Use = DiaryUse.Appointments, TeamId = team.Id, NoticeHours = 2, BookAheadDays = 7,
            Hours = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Select(d => new DiaryHours { Day = d, From = new(9, 0), To = new(17, 0), SlotMinutes = 60, Places = places })],
            Closures = [new DiaryClosure { From = new(2026, 12, 29), To = new(2026, 12, 29), Reason = "Staff training" }],
        };
        await using var scope = app.Scope(out var db);
        db.Diaries.Add(diary);
        await db.SaveChangesAsync();
        return diary;
    }

    static async Task<T> WithSlotsAsync<T>(WebApplicationFactory<Program> host, Func<DiarySlots, FrontDoorDb, Task<T>> use)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<DiarySlots>(), scope.ServiceProvider.GetRequiredService<FrontDoorDb>());
    }

    [Fact]
    public async Task Free_HoursNoticeBankHolidaysClosuresAndHorizon_OfferOnlyWhatMayBeBooked()
    {
        var diary = await DiaryAsync();
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2026-12-24 10:00"))); // Christmas Eve, a Thursday
        var free = await WithSlotsAsync(host, (s, _) => s.FreeAsync(diary, new(2026, 12, 24), new(2027, 1, 8), default));

        // Not Christmas Day or the Boxing Day holiday (bank holidays), nor the weekend (no hours), nor the 29th (closed),
        // nor after 31 December (a week ahead); and the 24th only from noon (two hours' notice).
        Assert.Equal([new(2026, 12, 24), new(2026, 12, 30), new(2026, 12, 31)], free.Select(s => UkDates.DayOf(s.Start)).Distinct().ToList());
        Assert.Equal(Uk("2026-12-24 12:00"), free[0].Start);
        Assert.Equal(Uk("2026-12-24 13:00"), free[0].End);
        Assert.Equal(5 + 8 + 8, free.Count);
        Assert.All(free, s => Assert.Equal(2, s.Free));
    }

    [Fact]
    public async Task Take_TimesThatCannotBeBooked_AreRefusedWithTheReason()
    {
        var diary = await DiaryAsync();
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2026-12-24 10:00")));
        async Task<SlotRefusal?> TakeAsync(string local) => (await WithSlotsAsync(host, (s, _) => s.TakeAsync(diary, Uk(local), default))).Refusal;

        Assert.Equal(SlotRefusal.Past, await TakeAsync("2026-12-24 09:00"));
        Assert.Equal(SlotRefusal.TooSoon, await TakeAsync("2026-12-24 11:00"));
        Assert.Equal(SlotRefusal.Closed, await TakeAsync("2026-12-28 10:00"));
        Assert.Equal(SlotRefusal.Closed, await TakeAsync("2026-12-29 10:00"));
        Assert.Equal(SlotRefusal.NotOffered, await TakeAsync("2026-12-30 10:30"));
        Assert.Equal(SlotRefusal.NotOffered, await TakeAsync("2026-12-26 10:00"));
        Assert.Equal(SlotRefusal.TooFarAhead, await TakeAsync("2027-01-04 10:00"));
        Assert.Null(await TakeAsync("2026-12-30 10:00"));
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.Slots.Where(s => s.DiaryId == diary.Id).SumAsync(s => s.Taken));
    }

    [Fact]
    public async Task Take_ManyAtOnceForTheLastPlaces_EachPlaceGoesOnce_AndReleasingFreesIt()
    {
        var diary = await DiaryAsync(places: 3);
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2026-12-24 10:00")));
        var start = Uk("2026-12-30 14:00");

        // Ten people press "book" for the same three places at the same moment, each in their own transaction.
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => WithSlotsAsync(host, async (s, db) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var taking = await s.TakeAsync(diary, start, default);
            await transaction.CommitAsync();
            return taking;
        })));

        Assert.Equal(3, results.Count(r => r.Slot is not null));
        Assert.Equal(7, results.Count(r => r.Refusal == SlotRefusal.Full));
        Assert.DoesNotContain(await WithSlotsAsync(host, (s, _) => s.FreeAsync(diary, new(2026, 12, 30), new(2026, 12, 30), default)), f => f.Start == start);

        await WithSlotsAsync(host, async (s, _) => { await s.ReleaseAsync(results.First(r => r.Slot is not null).Slot!.Id, default); return 0; });
        var free = await WithSlotsAsync(host, (s, _) => s.FreeAsync(diary, new(2026, 12, 30), new(2026, 12, 30), default));
        Assert.Equal(1, free.Single(f => f.Start == start).Free);
    }

    [Fact]
    public async Task Take_RolledBackWithWhatItWasFor_LeavesThePlaceFree()
    {
        var diary = await DiaryAsync(places: 1);
        await using var host = app.WithClock(new FakeTimeProvider(Uk("2026-12-24 10:00")));
        var start = Uk("2026-12-31 09:00");
        await WithSlotsAsync(host, async (s, db) =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.NotNull((await s.TakeAsync(diary, start, default)).Slot);
            return 0; // disposed without a commit: the booking failed to save
        });
        Assert.NotNull((await WithSlotsAsync(host, (s, _) => s.TakeAsync(diary, start, default))).Slot);
    }
}

public class DiarySlotsTestsOnSqlite(SqliteApp app) : DiarySlotsTests(app);
public class DiarySlotsTestsOnPostgres(PostgresApp app) : DiarySlotsTests(app);
