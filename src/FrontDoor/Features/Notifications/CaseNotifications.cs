using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Messages;
using FrontDoor.Features.Tracking;
using FrontDoor.Shared.Council;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Notifications;

/// <summary>
/// What a customer is told about their case, in the council's wording, each message with the link to follow its
/// progress, sent the way they asked: email, a text to their verified mobile, or a letter in the format they need.
/// </summary>
public sealed class CaseNotifications(TrackingLinks links, Satisfaction.SatisfactionLinks satisfaction, IOptions<CouncilOptions> council, MessageWording wording)
{
    public Task<OutboxMessage?> AcknowledgementAsync(Case c, Catalogue.Service service, Customer customer, string siteBase, DateTime now, CancellationToken ct)
    {
        var values = Values(c, service, customer, siteBase);
        values["what_happens_next"] = Slots.SlotTimes.Booked(service.Form, c.Answers) is var (_, span)
            ? $"Booked for {Slots.SlotTimes.Text(span)}. {service.WhatHappensNext}".Trim()
            : service.WhatHappensNext ?? "";
        var key = c.Kind switch
        {
            CaseKind.Complaint => MessageKey.ComplaintReceived,
            CaseKind.Compliment => MessageKey.ComplimentReceived,
            _ => MessageKey.Acknowledgement,
        };
        return MessageAsync(key, c, customer, values, now, ct);
    }

    /// <summary>An officer's words to the customer: <paramref name="key"/> says whether with a new status, a closure, or neither.</summary>
    public Task<OutboxMessage?> UpdateAsync(MessageKey key, Case c, Customer customer, string text, string siteBase, DateTime now, CancellationToken ct)
    {
        var values = Values(c, c.Service, customer, siteBase);
        values["update"] = text;
        values["update_summary"] = text.Split("\n\n", 2)[0].Trim();
        if (key == MessageKey.Closed) values["satisfaction_link"] = satisfaction.Url(council.Value.PublicUrl ?? siteBase, c.Reference);
        return MessageAsync(key, c, customer, values, now, ct);
    }

    /// <summary>Tells a member of staff (or a team's mailbox) that the customer <paramref name="what"/> online.</summary>
    public async Task<OutboxMessage> CustomerRepliedAsync(Case c, string recipient, string what, string siteBase, DateTime now, CancellationToken ct)
    {
        var values = MessageWording.CouncilValues(council.Value);
        values["reference"] = c.Reference;
        values["service"] = c.Service.Name;
        values["team"] = c.Team.Name;
        values["what"] = what;
        values["case_link"] = siteBase.TrimEnd('/') + Staff.StaffLinks.Case(c.Reference);
        var (subject, body, _) = await wording.RenderAsync(MessageKey.CustomerReplied, MessageKind.Email, Languages.English, values, ct);
        return new OutboxMessage { Kind = MessageKind.Email, Recipient = recipient, Subject = subject, Body = body, CreatedAt = now, NextAttemptAt = now };
    }

    /// <summary>What the wording of a message about a case may name (<see cref="StandardMessages.Case"/>), filled from the case.</summary>
    public Dictionary<string, string> Values(Case c, Catalogue.Service service, Customer? customer, string siteBase)
    {
        var o = council.Value;
        return new(MessageWording.CouncilValues(o))
        {
            ["reference"] = c.Reference,
            ["service"] = service.Name,
            ["customer_name"] = customer?.FullName ?? "Sir or Madam",
            ["due_date"] = UkDates.Date(c.DueAt),
            ["status"] = Case.StatusText(c.Status),
            ["team"] = c.Team?.Name ?? "",
            ["tracking_link"] = links.Url(o.PublicUrl ?? siteBase, c.Reference),
        };
    }

    /// <summary>
    /// An officer's text (or a response template) with the case's placeholders filled. Text that is not wording this can
    /// fill (a connected system's, say, with braces of its own) is kept as written, never silently emptied.
    /// </summary>
    public string Fill(string text, Case c, Customer? customer, string siteBase) =>
        TextProblem(text) is null ? CouncilTemplates.Render(text, Values(c, c.Service, customer, siteBase)) ?? text : text;

    /// <summary>Why an officer's text cannot be sent as it is (a placeholder misspelt, a broken tag), or null.</summary>
    public static string? TextProblem(string text) =>
        CouncilTemplates.Problem(text, [.. StandardMessages.Case.Select(p => p.Name)]) is { } problem ? $"The message {problem}" : null;

    /// <summary>
    /// How a customer's messages reach them: their choice where it can be honoured, otherwise email, then a text to
    /// the mobile they gave (a caller without email gets their reference that way), then post. An address or number that
    /// has come back undeliverable for good is passed over.
    /// </summary>
    public static MessageKind? KindFor(Customer customer)
    {
        var phoneWorks = !customer.IsNotWorking(ContactPointKind.Phone, customer.PhoneKey);
        var canText = customer.PhoneKey is not null && customer.IsVerified(ContactPointKind.Phone, customer.PhoneKey) && phoneWorks;
        var gaveMobile = customer.PhoneKey?.StartsWith("07", StringComparison.Ordinal) == true && phoneWorks;
        var canEmail = customer.Email is not null && !customer.IsNotWorking(ContactPointKind.Email, customer.EmailNormalised);
        var canPost = customer.Uprn is not null || customer.Address is not null;
        return customer.ContactBy switch
        {
            ContactMethod.Sms when canText => MessageKind.Sms,
            ContactMethod.Letter when canPost && !customer.Paperless => MessageKind.Letter,
            _ when canEmail => MessageKind.Email,
            _ when gaveMobile => MessageKind.Sms,
            _ when canPost && !customer.Paperless => MessageKind.Letter,
            _ => null,
        };
    }

    async Task<OutboxMessage?> MessageAsync(MessageKey key, Case c, Customer customer, Dictionary<string, string> values, DateTime now, CancellationToken ct)
    {
        if (KindFor(customer) is not MessageKind how) return null;
        var language = Languages.CodeFor(customer.Language);
        var (subject, body, inLanguage) = await wording.RenderAsync(key, how, language, values, ct);
        if (!inLanguage && how != MessageKind.Sms) body = LanguageNote(customer, council.Value) + body;
        // A customer created with this case has no id yet; the case links the message to them until a merge moves it.
        var message = new OutboxMessage { Kind = how, Recipient = "", Subject = subject, Body = body, Case = c, CustomerId = customer.Id == 0 ? null : customer.Id, CreatedAt = now, NextAttemptAt = now };
        switch (how)
        {
            case MessageKind.Sms:
                message.Recipient = customer.Phone!;
                // A text has no subject: the timeline and the customer's record name it by what it is.
                message.Subject = $"{StandardMessages.For(key).Title} ({values["reference"]})";
                break;
            case MessageKind.Letter:
                message.Recipient = string.Join('\n', [customer.FullName, customer.Property?.SingleLine ?? customer.Address ?? ""]);
                // The print room reads this line to choose the format.
                message.Subject = $"{subject} [{LetterFormat(customer)}]";
                break;
            default:
                message.Recipient = customer.Email!;
                break;
        }
        return message;
    }

    /// <summary>A reader who asked for a language the council has not written this message in is told how to get it in theirs.</summary>
    static string LanguageNote(Customer customer, CouncilOptions o) =>
        string.IsNullOrWhiteSpace(customer.Language) || customer.Language.Equals("English", StringComparison.OrdinalIgnoreCase)
            ? ""
            : $"You asked us to write to you in {customer.Language}. Call {o.Phone} and we will arrange a translation or an interpreter.\n\n";

    public static string LetterFormat(Customer customer)
    {
        string[] formats = [.. SupportTasks.SupportPlanning.LetterFormats(customer).Select(f => f.Code)];
        return formats.Length == 0 ? "standard print" : string.Join(", ", formats);
    }
}
