using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Tracking;
using FrontDoor.Shared.Council;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Notifications;

/// <summary>
/// What a customer is told about their case, each message with the link to follow its progress, sent the
/// way they asked: email, a text to their verified mobile, or a letter in the format they need.
/// </summary>
public sealed partial class CaseNotifications(TrackingLinks links, IOptions<CouncilOptions> council)
{
    public OutboxMessage? Acknowledgement(Case c, Catalogue.Service service, Customer customer, string siteBase, DateTime now) => Message(c, customer, now,
        $"We have received your request ({c.Reference})",
        $"""
        Thank you for contacting {council.Value.Name}. We have received your request: {service.Name}.

        Your reference is {c.Reference}.

        What happens next
        {service.WhatHappensNext}
        We aim to deal with it by {UkDates.Date(c.DueAt)}.
        """, siteBase);

    public OutboxMessage? Update(Case c, Customer customer, string text, string siteBase, DateTime now) => Message(c, customer, now,
        $"An update on your request ({c.Reference})", text, siteBase);

    /// <summary>What a response template or update may name, and what each becomes: the one list both filling and checking use.</summary>
    static readonly Dictionary<string, Func<Case, Customer?, CouncilOptions, string>> Fillers = new()
    {
        ["reference"] = (c, _, _) => c.Reference,
        ["service"] = (c, _, _) => c.Service.Name,
        ["customer_name"] = (_, customer, _) => customer?.FullName ?? "Sir or Madam",
        ["due_date"] = (c, _, _) => UkDates.Date(c.DueAt),
        ["council"] = (_, _, o) => o.Name,
    };

    public static IEnumerable<string> Placeholders => Fillers.Keys;

    /// <summary>
    /// A message that still has a placeholder we cannot fill (a typing mistake such as {{refrence}}) must not reach the
    /// customer as typed: the error for the field, or null when every placeholder is known.
    /// </summary>
    public static string? PlaceholderError(string text)
    {
        var unknown = PlaceholderPattern().Matches(text).Select(m => m.Groups[1].Value.Trim())
            .FirstOrDefault(name => !Placeholders.Contains(name));
        return unknown is null ? null
            : $"The message has a placeholder we do not know, {{{{{unknown}}}}}. Correct it or remove it. You can use {string.Join(", ", Placeholders.Select(p => $"{{{{{p}}}}}"))}";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{\{([^{}]*)\}\}")]
    private static partial System.Text.RegularExpressions.Regex PlaceholderPattern();

    /// <summary>Fills a response template's placeholders from the case; unknown ones are left for the officer to see.</summary>
    public string FillPlaceholders(string text, Case c, Customer? customer) => PlaceholderPattern().Replace(text, m =>
        Fillers.TryGetValue(m.Groups[1].Value.Trim(), out var fill) ? fill(c, customer, council.Value) : m.Value);

    /// <summary>
    /// How a customer's messages reach them: their choice where it can be honoured, otherwise email, then a text to
    /// the mobile they gave (a caller without email gets their reference that way), then post.
    /// </summary>
    public static MessageKind? KindFor(Customer customer)
    {
        var canText = customer.PhoneKey is not null && customer.IsVerified(ContactPointKind.Phone, customer.PhoneKey);
        var gaveMobile = customer.PhoneKey?.StartsWith("07", StringComparison.Ordinal) == true;
        var canPost = customer.Uprn is not null || customer.Address is not null;
        return customer.ContactBy switch
        {
            ContactMethod.Sms when canText => MessageKind.Sms,
            ContactMethod.Letter when canPost && !customer.Paperless => MessageKind.Letter,
            _ when customer.Email is not null => MessageKind.Email,
            _ when gaveMobile => MessageKind.Sms,
            _ when canPost && !customer.Paperless => MessageKind.Letter,
            _ => null,
        };
    }

    OutboxMessage? Message(Case c, Customer customer, DateTime now, string subject, string text, string siteBase)
    {
        var o = council.Value;
        var link = links.Url(o.PublicUrl ?? siteBase, c.Reference);
        var kind = KindFor(customer);
        if (kind is not MessageKind how) return null;
        // A customer created with this case has no id yet; the case links the message to them until a merge moves it.
        var message = new OutboxMessage { Kind = how, Recipient = "", Subject = subject, Body = "", Case = c, CustomerId = customer.Id == 0 ? null : customer.Id, CreatedAt = now, NextAttemptAt = now };
        switch (how)
        {
            case MessageKind.Sms:
                message.Recipient = customer.Phone!;
                message.Body = $"{o.Name}: {subject}. {FirstParagraph(text)} Follow it at {link}";
                break;
            case MessageKind.Letter:
                message.Recipient = string.Join('\n', [customer.FullName, customer.Property?.SingleLine ?? customer.Address ?? ""]);
                // The print room reads this line to choose the format.
                message.Subject = $"{subject} [{LetterFormat(customer)}]";
                message.Body = Letter(customer, text, link, o);
                break;
            default:
                message.Recipient = customer.Email!;
                message.Body = Letter(customer, text, link, o);
                break;
        }
        return message;
    }

    static string Letter(Customer customer, string text, string link, CouncilOptions o) => $"""
        {LanguageNote(customer, o)}Dear {customer.FullName},

        {text}

        See how your request is progressing at any time:
        {link}

        {o.Name}
        {o.Phone} ({o.OpeningHours})
        """;

    /// <summary>Until templates are translated, tell a reader who asked for another language how to get one.</summary>
    static string LanguageNote(Customer customer, CouncilOptions o) =>
        string.IsNullOrWhiteSpace(customer.Language) || customer.Language.Equals("English", StringComparison.OrdinalIgnoreCase)
            ? ""
            : $"You asked us to write to you in {customer.Language}. Call {o.Phone} and we will arrange a translation or an interpreter.\n\n";

    public static string LetterFormat(Customer customer)
    {
        var needs = AssistanceNeeds.Codes(customer.AssistanceNeeds);
        string[] formats = [.. new[] { "braille", "large-print", "easy-read" }.Where(needs.Contains)];
        return formats.Length == 0 ? "standard print" : string.Join(", ", formats);
    }

    static string FirstParagraph(string text) => text.Split("\n\n", 2)[0].Trim();
}
