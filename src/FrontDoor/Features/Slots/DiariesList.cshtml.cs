using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Slots;

/// <summary>Every diary: what it books, whose, where, and how many closures it has to come.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class DiariesListModel(FrontDoorDb db, TimeProvider clock) : PageModel
{
    public sealed record Row(long Id, string Name, DiaryUse Use, string Team, string? Officer, string? Place, string? Service, bool IsActive, int ClosuresAhead);

    public List<Row> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var today = Calendar.WorkingDays.UkToday(clock);
        Rows = await db.Diaries.AsNoTracking().OrderBy(d => d.Use).ThenBy(d => d.Name)
            .Select(d => new Row(d.Id, d.Name, d.Use, d.Team.Name, d.Officer != null ? d.Officer.DisplayName : null,
                d.Location != null ? d.Location.Name : null, d.Service != null ? d.Service.Name : null, d.IsActive, d.Closures.Count(c => c.To >= today)))
            .ToListAsync(ct);
    }

    public static string UseText(DiaryUse use) => use switch
    {
        DiaryUse.Callbacks => "Call backs",
        DiaryUse.Appointments => "Appointments",
        DiaryUse.Collections => "Collections and visits",
    };
}

public static class DiaryLinks
{
    public const string List = "/staff/admin/diaries";
    public const string New = List + "/new";
    public static string Diary(long id) => $"{List}/{id}";

    /// <summary>The day's booked collections and visits, on one round or every round the viewer may see.</summary>
    public const string RoundList = "/staff/collections";
    public static string Rounds(DateOnly day, long? diary = null) =>
        $"{RoundList}?day={Appointments.AppointmentSteps.DayName(day)}{(diary is long id ? $"&diary={id}" : "")}";
}
