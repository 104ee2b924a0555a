using FrontDoor.Data;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Messages;

/// <summary>Every message FrontDoor sends, by channel, saying whose wording goes out in the chosen language.</summary>
[Authorize(Policy = StaffSetup.Administrators)]
public class MessagesListModel(FrontDoorDb db) : PageModel
{
    [FromQuery] public string? Language { get; set; }
    public string Chosen => Languages.IsKnown(Language) ? Language! : Languages.English;
    public List<MessageTemplate> Own { get; private set; } = [];
    public string? DoneMessage => TempData.Done();

    public async Task OnGetAsync(CancellationToken ct) =>
        Own = await db.MessageTemplates.AsNoTracking().Where(t => t.Language == Chosen || t.Language == Languages.English).ToListAsync(ct);

    /// <summary>What goes out for this message and channel in the chosen language, as staff read it.</summary>
    public string Status(MessageKey key, Notifications.MessageKind channel)
    {
        var mine = Own.FirstOrDefault(t => t.Key == key && t.Channel == channel && t.Language == Chosen);
        if (mine is not null) return $"The council's wording, changed {Calendar.UkDates.Date(mine.UpdatedAt)} by {mine.UpdatedBy}";
        if (Chosen == Languages.English) return "FrontDoor's standard wording";
        return Own.Any(t => t.Key == key && t.Channel == channel) ? "Not written yet: the council's English is sent" : "Not written yet: FrontDoor's standard English is sent";
    }
}
