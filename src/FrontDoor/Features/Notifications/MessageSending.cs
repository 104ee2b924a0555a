using System.ComponentModel.DataAnnotations;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Notifications;

/// <summary>Sends one kind of outbox message. GOV.UK Notify would be another implementation.</summary>
public interface IMessageSender
{
    MessageKind Kind { get; }
    Task SendAsync(OutgoingMessage message, CancellationToken ct);
}

/// <param name="Reference">The same every time this message is tried, so a provider or a reader can recognise a repeat.</param>
public record OutgoingMessage(string Reference, string To, string Subject, string Body);

public class EmailOptions
{
    /// <summary>SMTP server. When empty, messages are written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; set; }
    [Range(1, 65535)] public int SmtpPort { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    [Required, EmailAddress] public string From { get; set; } = "no-reply@example.gov.uk";
    public string PickupDirectory { get; set; } = "data/mail";
}

/// <summary>SMTP for local use and tests.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, IHostEnvironment env) : IMessageSender
{
    public MessageKind Kind => MessageKind.Email;

    public async Task SendAsync(OutgoingMessage outgoing, CancellationToken ct)
    {
        var o = options.Value;
        using var message = new MailMessage(o.From, outgoing.To, outgoing.Subject, outgoing.Body);
        message.Headers.Add("Message-ID", $"<{outgoing.Reference}@{new MailAddress(o.From).Host}>");
        using var client = new SmtpClient();
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            var folder = Path.Combine(env.ContentRootPath, o.PickupDirectory);
            Directory.CreateDirectory(folder);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = folder;
        }
        else
        {
            client.Host = o.SmtpHost;
            client.Port = o.SmtpPort;
            client.EnableSsl = o.EnableSsl;
            if (!string.IsNullOrEmpty(o.Username)) client.Credentials = new System.Net.NetworkCredential(o.Username, o.Password);
        }
        await client.SendMailAsync(message, ct);
    }
}

/// <summary>
/// Texts and letters for local use: each is written as a file to a folder, as a hybrid-mail print service or
/// SMS gateway would collect them. A council plugs in its provider by registering another <see cref="IMessageSender"/>.
/// </summary>
public sealed class FolderSender(MessageKind kind, string folder) : IMessageSender
{
    public MessageKind Kind => kind;

    /// <summary>One file per message, named by its reference: writing it again replaces it rather than adding a second.</summary>
    public async Task SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{message.Reference}.txt");
        await File.WriteAllTextAsync(file, $"To: {message.To}\nSubject: {message.Subject}\n\n{message.Body}\n", ct);
    }
}
