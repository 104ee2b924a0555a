using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Staff;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Callbacks;

/// <summary>An agent books a call back for a caller when the queue is long: the caller found first, or a new one named here.</summary>
[Authorize(Policy = StaffSetup.RecordKeepers)]
public class BookCallbackModel(FrontDoorDb db, CallbackBooking booking, AuditLog audit) : CallbackFormModel(booking)
{
    [BindProperty(SupportsGet = true, Name = "customer")] public long? CustomerId { get; set; }
    public string? CustomerName { get; private set; }

    async Task<bool> LoadAsync(CancellationToken ct)
    {
        await LoadWindowsAsync(ct);
        if (CustomerId is not long id) return true;
        var customer = await db.Customers.AsNoTracking().Where(c => c.Id == id && c.MergedIntoId == null).Select(c => new { c.FullName, c.Phone }).SingleOrDefaultAsync(ct);
        if (customer is null) return false;
        CustomerName = customer.FullName;
        Phone ??= customer.Phone;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (CustomerId is long id) await audit.RecordReadAsync(HttpContext.Actor(), "Viewed a customer's phone number to book a call back", null, id, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (await BookAsync(Channel.Phone, HttpContext.Actor(), CustomerId, ct) is not { } booked) return Page();
        TempData.Done($"Call back booked for {Calendar.UkDates.Window(booked.WindowStart, booked.WindowEnd)}");
        return Redirect(CallbackLinks.Queue);
    }
}
