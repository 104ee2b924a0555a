using FrontDoor.Data;
using FrontDoor.Features.Appointments;
using FrontDoor.Features.Slots;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.DemoCouncil;

/// <summary>
/// The demo's housing appointments: two places, two officers (one speaks Polish and knows homelessness law, one signs
/// BSL), their weekly diaries, and two things to book. A real council sets up its own.
/// </summary>
public static class DemoAppointments
{
    public const string TownHall = "Ashworth Town Hall";
    public const string Library = "Ashworth Central Library";

    public static async Task SeedAsync(FrontDoorDb db, CancellationToken ct)
    {
        if (await db.AppointmentTypes.AnyAsync(ct)) return;
        var hana = await db.StaffMembers.SingleOrDefaultAsync(s => s.EmailNormalised == "housing.officer@ashworth.example", ct);
        var bea = await db.StaffMembers.SingleOrDefaultAsync(s => s.EmailNormalised == "housing.adviser@ashworth.example", ct);
        if (hana is null || bea is null) return;
        var team = await Teams.TeamNames.EnsureAsync(db, "Housing Options", DateTime.UtcNow, ct);
        // The team that books interpreters and has letters made in other formats (see SupportPlanning).
        await Teams.TeamNames.EnsureAsync(db, new SupportTasks.SupportOptions().TeamName, DateTime.UtcNow, ct);
        var townHall = new Location
        {
            Name = TownHall, Address = "1 Market Street\nAshworth\nAS1 1AA",
            AccessInformation = "Step-free entrance on Market Street. Hearing loop at reception. Tell reception you have an appointment.",
        };
        var library = new Location
        {
            Name = Library, Address = "Library Square\nAshworth\nAS1 2BB",
            AccessInformation = "Step-free entrance and lift. Interview room on the ground floor. Ask at the front desk.",
        };
        db.Locations.AddRange(townHall, library);
        db.AppointmentTypes.AddRange(
            new AppointmentType
            {
                Slug = "housing-advice", Name = "Housing advice", Team = team, DurationMinutes = 30,
                Modes = AppointmentModes.InPerson | AppointmentModes.Phone | AppointmentModes.Video,
                Description = "Advice on finding somewhere to live, joining the housing register, or problems with your landlord.",
            },
            new AppointmentType
            {
                Slug = "homelessness-prevention", Name = "Help if you might lose your home", Team = team, DurationMinutes = 30,
                Modes = AppointmentModes.InPerson | AppointmentModes.Phone, Specialism = "Homelessness",
                Description = "If you have been asked to leave, or you cannot pay your rent or mortgage, we will work with you to keep your home.",
            });
        db.OfficerSkills.AddRange(
            new OfficerSkill { StaffId = hana.Id, Kind = SkillKind.Language, Value = "Polish" },
            new OfficerSkill { StaffId = hana.Id, Kind = SkillKind.Specialism, Value = "Homelessness" },
            new OfficerSkill { StaffId = bea.Id, Kind = SkillKind.BritishSignLanguage });
        DayOfWeek[] weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        db.Diaries.AddRange(
            Diary($"{hana.DisplayName}, {TownHall}", team, townHall, hana, weekdays),
            Diary($"{bea.DisplayName}, {TownHall}", team, townHall, bea, [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]),
            Diary($"{bea.DisplayName}, {Library}", team, library, bea, [DayOfWeek.Tuesday, DayOfWeek.Thursday]));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Half-hour appointments, one person at a time, 9:30am to 12:30pm and 1:30pm to 4pm, booked a day ahead at least.</summary>
    static Diary Diary(string name, Teams.Team team, Location place, Staff.StaffMember officer, DayOfWeek[] days) => new()
    {
        Name = name, Use = DiaryUse.Appointments, Team = team, Location = place, OfficerId = officer.Id, NoticeHours = 18, BookAheadDays = 28,
        Hours = [.. days.SelectMany(day => new[]
        {
            new DiaryHours { Day = day, From = new(9, 30), To = new(12, 30), SlotMinutes = 30, Places = 1 },
            new DiaryHours { Day = day, From = new(13, 30), To = new(16, 0), SlotMinutes = 30, Places = 1 },
        })],
    };
}
