using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Slots;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace FrontDoor.Features.Callbacks;

/// <summary>The call back form's answers so far and the windows on offer, for the shared fields partial.</summary>
public sealed record CallbackFields(bool ForAgent, bool AskName, string? FullName, string? Phone, string? Email, string? About, string? Reference, string? Window,
    List<OpenSlot> Windows);

/// <summary>The questions the resident's and the agent's call back pages both ask, and the booking they both make.</summary>
public abstract class CallbackFormModel(CallbackBooking booking) : PageModel
{
    [BindProperty] public string? FullName { get; set; }
    [BindProperty] public string? Phone { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? About { get; set; }
    [BindProperty] public string? Reference { get; set; }
    [BindProperty] public string? Window { get; set; }
    public Diary? Diary { get; private set; }
    public List<OpenSlot> Windows { get; private set; } = [];

    public CallbackFields Fields(bool forAgent, bool askName = true) => new(forAgent, askName, FullName, Phone, Email, About, Reference, Window, Windows);

    protected async Task LoadWindowsAsync(CancellationToken ct)
    {
        Diary = await booking.DiaryAsync(ct);
        Windows = Diary is null ? [] : await booking.WindowsAsync(Diary, ct);
    }

    /// <summary>Books it, or puts every problem on the page (and the windows as they are now, the chosen one perhaps gone).</summary>
    protected async Task<Callback?> BookAsync(Channel channel, Actor? agent, long? customerId, CancellationToken ct)
    {
        var result = await booking.BookAsync(new(FullName, Phone, Email, About, Reference, Window, channel, agent, customerId), ct);
        foreach (var (field, message) in result.Errors) ModelState.AddModelError(field, message);
        if (result.Callback is null) await LoadWindowsAsync(ct);
        return result.Callback;
    }
}
