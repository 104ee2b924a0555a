using FrontDoor.Features.Calendar;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Tracking;
using FrontDoor.Shared.Council;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Notifications;

/// <summary>The emails a customer gets about their case, each with the link to follow its progress.</summary>
public sealed class CaseEmails(TrackingLinks links, IOptions<CouncilOptions> council)
{
    public OutboxMessage Acknowledgement(Case c, Catalogue.Service service, Customer customer, string siteBase, DateTime now) => Message(c, customer, now,
        $"We have received your request ({c.Reference})",
        $"""
        Thank you for contacting {council.Value.Name}. We have received your request: {service.Name}.

        Your reference is {c.Reference}.

        What happens next
        {service.WhatHappensNext}
        We aim to deal with it by {UkDates.Date(c.DueAt)}.
        """, siteBase);

    public OutboxMessage Update(Case c, Customer customer, string text, string siteBase, DateTime now) => Message(c, customer, now,
        $"An update on your request ({c.Reference})", text, siteBase);

    /// <summary>Fills a response template's placeholders from the case; unknown ones are left for the officer to see.</summary>
    public string FillPlaceholders(string text, Case c, Customer? customer) => text
        .Replace("{{reference}}", c.Reference)
        .Replace("{{service}}", c.Service.Name)
        .Replace("{{customer_name}}", customer?.FullName ?? "Sir or Madam")
        .Replace("{{due_date}}", UkDates.Date(c.DueAt))
        .Replace("{{council}}", council.Value.Name);

    OutboxMessage Message(Case c, Customer customer, DateTime now, string subject, string text, string siteBase)
    {
        var o = council.Value;
        return new OutboxMessage
        {
            Recipient = customer.Email!,
            Subject = subject,
            Body = $"""
                Dear {customer.FullName},

                {text}

                See how your request is progressing at any time:
                {links.Url(o.PublicUrl ?? siteBase, c.Reference)}

                {o.Name}
                {o.Phone} ({o.OpeningHours})
                """,
            Case = c,
            CreatedAt = now,
            NextAttemptAt = now,
        };
    }
}
