using FrontDoor.Features.Customers;
using FrontDoor.Features.Messages;
using FrontDoor.Shared.Council;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Notifications;

/// <summary>
/// Messages about a time booked with us (a call back, an appointment) and its reminders: they must arrive before the
/// time, so by text when the customer prefers texts and gave a mobile, otherwise by email, otherwise a text; never a letter.
/// </summary>
public sealed class BookingMessages(MessageWording wording, IOptions<CouncilOptions> council)
{
    /// <param name="email">An address given for this booking, which wins over the one on their record.</param>
    /// <param name="phone">A number given for this booking, likewise.</param>
    public static (MessageKind Kind, string Recipient)? Route(Customer customer, string? email, string? phone)
    {
        var number = string.IsNullOrWhiteSpace(phone) ? customer.Phone : phone.Trim();
        var mobile = Customer.NormalisePhone(number)?.StartsWith("07", StringComparison.Ordinal) == true ? number : null;
        var address = string.IsNullOrWhiteSpace(email) ? customer.Email : email.Trim();
        if (customer.ContactBy == ContactMethod.Sms && mobile is not null) return (MessageKind.Sms, mobile);
        if (address is not null) return (MessageKind.Email, address);
        if (mobile is not null) return (MessageKind.Sms, mobile);
        return null;
    }

    /// <summary>The council's values and the customer's name, for the caller to add the booking's own.</summary>
    public Dictionary<string, string> Values(Customer customer)
    {
        var values = MessageWording.CouncilValues(council.Value);
        values["customer_name"] = customer.FullName;
        return values;
    }

    /// <summary>The message in the customer's language where the council has written it, or null when we have no way to reach them.</summary>
    public async Task<OutboxMessage?> ComposeAsync(MessageKey key, Customer customer, string? email, string? phone, Dictionary<string, string> values,
        DateTime now, CancellationToken ct)
    {
        if (Route(customer, email, phone) is not var (kind, recipient)) return null;
        var (subject, body, _) = await wording.RenderAsync(key, kind, Languages.CodeFor(customer.Language), values, ct);
        // A text has no subject: the customer's record names it by what it is.
        return new OutboxMessage
        {
            Kind = kind, Recipient = recipient, Subject = kind == MessageKind.Sms ? StandardMessages.For(key).Title : subject, Body = body,
            CustomerId = customer.Id == 0 ? null : customer.Id, CreatedAt = now, NextAttemptAt = now,
        };
    }
}
