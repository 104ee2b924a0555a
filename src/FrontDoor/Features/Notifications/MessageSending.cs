using System.ComponentModel.DataAnnotations;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace FrontDoor.Features.Notifications;

/// <summary>Sends one kind of outbox message: SMTP or a folder locally, GOV.UK Notify in production.</summary>
public interface IMessageSender
{
    MessageKind Kind { get; }
    /// <exception cref="MessageRefusedException">The provider will never accept this message as it is: not worth trying again.</exception>
    Task<SentMessage> SendAsync(OutgoingMessage message, CancellationToken ct);
}

/// <param name="ProviderId">The provider's own id for the message, by which it later reports delivery; null when it reports nothing.</param>
public record SentMessage(string? ProviderId)
{
    public static readonly SentMessage Untracked = new((string?)null);
}

/// <summary>
/// The provider refused the message for a reason that trying again will not change (a template missing a placeholder,
/// an address it cannot post to). The outbox stops at once and shows it to administrators.
/// </summary>
public sealed class MessageRefusedException(string message) : Exception(message);

/// <param name="Reference">The same every time this message is tried, so a provider or a reader can recognise a repeat.</param>
public record OutgoingMessage(string Reference, string To, string Subject, string Body);

public class EmailOptions
{
    /// <summary>SMTP server. When empty, messages are written as .eml files to <see cref="PickupDirectory"/>.</summary>
    public string? SmtpHost { get; set; }
    [Range(1, 65535)] public int SmtpPort { get; set; } = 25;
    /// <summary>Requires STARTTLS (as System.Net.Mail's EnableSsl did); port 465's TLS from the start is chosen by the port.</summary>
    public bool EnableSsl { get; set; }
    public string? Username { get; set; }
    public string? Password { get; set; }
    [Required, EmailAddress] public string From { get; set; } = "no-reply@example.gov.uk";
    public string PickupDirectory { get; set; } = "data/mail";
}

/// <summary>Email by SMTP with MailKit, or, with no SMTP server set, as .eml files in a folder (local use).</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, IHostEnvironment env) : IMessageSender
{
    public MessageKind Kind => MessageKind.Email;

    public async Task<SentMessage> SendAsync(OutgoingMessage outgoing, CancellationToken ct)
    {
        var o = options.Value;
        var from = MailboxAddress.Parse(o.From);
        using var message = new MimeMessage
        {
            From = { from },
            To = { MailboxAddress.Parse(outgoing.To) },
            Subject = outgoing.Subject,
            // The same id each time it is tried, so a mail system or a reader can recognise a repeat.
            MessageId = $"{outgoing.Reference}@{from.Domain}",
            Body = new TextPart("plain") { Text = outgoing.Body },
        };
        if (string.IsNullOrWhiteSpace(o.SmtpHost))
        {
            var folder = Path.Combine(env.ContentRootPath, o.PickupDirectory);
            Directory.CreateDirectory(folder);
            await message.WriteToAsync(Path.Combine(folder, $"{outgoing.Reference}.eml"), ct);
            return SentMessage.Untracked;
        }
        using var client = new SmtpClient();
        var security = o.EnableSsl ? SecureSocketOptions.StartTls : o.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.None;
        await client.ConnectAsync(o.SmtpHost, o.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(o.Username)) await client.AuthenticateAsync(o.Username, o.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
        return SentMessage.Untracked;
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
    public async Task<SentMessage> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{message.Reference}.txt");
        await File.WriteAllTextAsync(file, $"To: {message.To}\nSubject: {message.Subject}\n\n{message.Body}\n", ct);
        return SentMessage.Untracked;
    }
}
