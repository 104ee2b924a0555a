using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Notifications;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Requests;

/// <summary>Shows the reference just issued to this browser (kept in protected temp data, not in the URL).</summary>
public class ConfirmationModel(FrontDoorDb db) : PageModel
{
    public Service Service { get; private set; } = null!;
    public string Reference { get; private set; } = "";
    public string DueText { get; private set; } = "";
    public bool IsAssisted => TempData.Peek("assisted") is true;
    /// <summary>For a booked service: the date taken, as people read it.</summary>
    public string? BookedText => TempData.Peek("booked") as string;
    /// <summary>How the acknowledgement goes out ("email", "sms", "letter"), or null when the customer gave no way to send one.</summary>
    public MessageKind? AcknowledgedBy { get; private set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct);
        if (service is null) return NotFound();
        if (TempData.Peek("reference") is not string reference || TempData.Peek("due") is not string due)
            return Redirect(JourneySteps.Start(service));
        Service = service;
        Reference = reference;
        DueText = due;
        if (IsAssisted) Shared.StaffArea.Assisting(HttpContext);
        // Say only what is true: the message the intake actually queued for this case, if any.
        AcknowledgedBy = await db.OutboxMessages.AsNoTracking().Where(m => m.Case!.Reference == reference)
            .OrderBy(m => m.Id).Select(m => (MessageKind?)m.Kind).FirstOrDefaultAsync(ct);
        return Page();
    }

    public string AcknowledgementText => (IsAssisted, AcknowledgedBy) switch
    {
        (false, MessageKind.Email) => "We have sent you a confirmation email with your reference and a link to follow your request.",
        (false, MessageKind.Sms) => "We have sent you a text message with your reference and a link to follow your request.",
        (false, MessageKind.Letter) => "We will send you a letter with your reference.",
        (false, _) => "Make a note of your reference. You will need it to follow your request.",
        (true, MessageKind.Email) => "Read the reference out to the customer. They will also get it by email, with a link to follow the request.",
        (true, MessageKind.Sms) => "Read the reference out to the customer. They will also get it by text message, with a link to follow the request.",
        (true, MessageKind.Letter) => "Read the reference out to the customer. They will also get it by letter.",
        (true, _) => "Read the reference out to the customer and ask them to make a note of it: they gave no email address or mobile number, so we cannot send it to them.",
    };
}
