using FrontDoor.Features.Appointments;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Slots;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Appointments;

/// <summary>
/// A team of its own for each test, so no two share a slot: two officers at one office, weekdays 9am to noon in
/// half-hour slots, two hours' notice, four weeks ahead. The second officer speaks Polish; the first comes first in
/// diary order, so choosing the second shows the matching at work.
/// </summary>
public sealed record AppointmentSetup(AppointmentType Type, Location Place, StaffAccount First, StaffAccount Polish, long FirstDiary, long PolishDiary)
{
    public static async Task<AppointmentSetup> CreateAsync(TestApp app, AppointmentModes modes = AppointmentModes.InPerson | AppointmentModes.Phone)
    {
        var team = $"Housing {Guid.NewGuid():N}"[..24];
        var first = await StaffAccounts.CreateAsync(app, StaffRole.Officer, team);
        var polish = await StaffAccounts.CreateAsync(app, StaffRole.Officer, team);
        await using var scope = app.Scope(out var db);
        var teamId = await db.Teams.Where(t => t.Name == team).Select(t => t.Id).SingleAsync();
        var place = new Location { Name = $"Office {Guid.NewGuid():N}", Address = "1 Test Street\nAshworth\nAS1 1AA", AccessInformation = "Step-free" };
        var type = new AppointmentType { Slug = $"advice-{Guid.NewGuid():N}", Name = "Housing advice", TeamId = teamId, Modes = modes, DurationMinutes = 30 };
        db.AddRange(place, type, new OfficerSkill { StaffId = polish.Id, Kind = SkillKind.Language, Value = "Polish" });
        Diary DiaryFor(StaffAccount officer) => new()
        {
            Name = $"{officer.Name} {Guid.NewGuid():N}", Use = DiaryUse.Appointments, TeamId = teamId, Location = place, OfficerId = officer.Id,
            NoticeHours = 2, BookAheadDays = 28,
            Hours = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                .Select(d => new DiaryHours { Day = d, From = new(9, 0), To = new(12, 0), SlotMinutes = 30, Places = 1 })],
        };
        var (firstDiary, polishDiary) = (DiaryFor(first), DiaryFor(polish));
        db.Diaries.Add(firstDiary);
        await db.SaveChangesAsync();
        db.Diaries.Add(polishDiary);
        await db.SaveChangesAsync();
        return new(type, place, first, polish, firstDiary.Id, polishDiary.Id);
    }

    public AppointmentChoice InPerson => new(Type, AppointmentModes.InPerson, Place);

    public StaffAccount[] Officers => [First, Polish];

    public static AppointmentInput Input(string? email = null, IReadOnlyList<string>? needs = null, string? language = null, string? phone = null) =>
        new("Ola Kowalska", email ?? Residents.NewEmail(), phone, "We have been asked to leave our flat.", null, needs ?? [], language, Channel.Web);

    /// <summary>Books through the service, as the pages do, in a scope of its own.</summary>
    public static async Task<AppointmentResult> BookAsync(WebApplicationFactory<Program> host, AppointmentChoice choice, DateTime start, AppointmentInput input)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppointmentBooking>().BookAsync(choice, SlotTimes.Value(start), input, default);
    }
}
