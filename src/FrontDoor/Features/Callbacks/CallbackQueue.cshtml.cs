using FrontDoor.Data;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Callbacks;

public enum CallbackDue { Booked, DueNow, TryAgainLater, MissedWindow }

/// <summary>The call backs still to make, in the order they are due; a window that passed without the customer being reached shows as missed.</summary>
[Authorize(Policy = StaffSetup.RecordKeepers)]
public class CallbackQueueModel(FrontDoorDb db, TimeProvider clock) : PageModel
{
    /// <summary>More than a day's worth for a contact centre; older ones are still found from the customer.</summary>
    const int Shown = 200;

    public sealed record Row(long Id, string Name, string Phone, string About, DateTime WindowStart, DateTime WindowEnd, int Attempts, DateTime? TryAgainAt, CallbackDue Due);

    public List<Row> Rows { get; private set; } = [];
    public int Missed => Rows.Count(r => r.Due == CallbackDue.MissedWindow);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = await db.Callbacks.AsNoTracking().Where(c => c.State == CallbackState.Waiting).OrderBy(c => c.WindowStart).ThenBy(c => c.Id).Take(Shown)
            .Select(c => new { c.Id, c.Customer.FullName, c.Phone, c.About, c.WindowStart, c.WindowEnd, c.Attempts, c.TryAgainAt }).ToListAsync(ct);
        Rows = [.. waiting.Select(c => new Row(c.Id, c.FullName, c.Phone, c.About, c.WindowStart, c.WindowEnd, c.Attempts, c.TryAgainAt,
            c.WindowEnd <= now ? CallbackDue.MissedWindow : c.TryAgainAt > now ? CallbackDue.TryAgainLater : c.WindowStart <= now ? CallbackDue.DueNow : CallbackDue.Booked))];
    }

    public static (string Text, string Classes) Tag(Row row) => row.Due switch
    {
        CallbackDue.Booked => ("Booked", "govuk-tag--grey"),
        CallbackDue.DueNow => ("Due now", "govuk-tag--green"),
        CallbackDue.TryAgainLater => ($"Try again from {Calendar.UkDates.Time(row.TryAgainAt!.Value)}", "govuk-tag--yellow"),
        CallbackDue.MissedWindow => ("Missed window", "govuk-tag--red"),
    };
}
