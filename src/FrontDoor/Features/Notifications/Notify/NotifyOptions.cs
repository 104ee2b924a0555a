using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Features.Notifications.Notify;

/// <summary>
/// GOV.UK Notify, when a council uses it. A channel goes through Notify once the API key and that channel's template are
/// set; until then email stays on SMTP and texts and letters on their folders.
/// </summary>
public class NotifyOptions : IValidatableObject
{
    /// <summary>As Notify shows it: the key's name, then the service id and the secret, each a UUID, joined by hyphens.</summary>
    public string? ApiKey { get; set; }
    [Url] public string BaseUrl { get; set; } = "https://api.notifications.service.gov.uk";
    /// <summary>Each a template in Notify with the placeholders ((subject)) and ((body)); a letter's also ((address_line_1)) and on.</summary>
    public string? EmailTemplateId { get; set; }
    public string? SmsTemplateId { get; set; }
    public string? LetterTemplateId { get; set; }
    /// <summary>The bearer token set on Notify's delivery receipts callback; receipts are refused while it is empty.</summary>
    public string? CallbackToken { get; set; }
    /// <summary>How often to ask Notify about messages whose receipt has not come (a callback missed or not set up).</summary>
    [Range(1, 1440)] public double StatusCheckMinutes { get; set; } = 15;

    public string? TemplateFor(MessageKind kind) => kind switch
    {
        MessageKind.Email => EmailTemplateId,
        MessageKind.Sms => SmsTemplateId,
        MessageKind.Letter => LetterTemplateId,
    };

    public bool Sends(MessageKind kind) => !string.IsNullOrWhiteSpace(ApiKey) && !string.IsNullOrWhiteSpace(TemplateFor(kind));

    public bool SendsAny => Enum.GetValues<MessageKind>().Any(Sends);

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!string.IsNullOrWhiteSpace(ApiKey) && NotifyApiKey.Parse(ApiKey) is null)
            yield return new("Notify:ApiKey must be the whole key as Notify shows it, ending in the service id and the secret", [nameof(ApiKey)]);
        foreach (var kind in Enum.GetValues<MessageKind>())
            if (TemplateFor(kind) is { Length: > 0 } id && !Guid.TryParse(id, out _))
                yield return new($"Notify's {kind} template id must be the template's id from Notify (a UUID)", [$"{kind}TemplateId"]);
        if (CallbackToken is { Length: > 0 and < 10 })
            yield return new("Notify:CallbackToken must be at least 10 characters, as Notify requires", [nameof(CallbackToken)]);
    }
}

/// <summary>The two parts of a Notify API key that sign requests: the service id (the token's issuer) and the secret.</summary>
public sealed record NotifyApiKey(string ServiceId, string Secret)
{
    const int UuidLength = 36;

    public static NotifyApiKey? Parse(string key)
    {
        key = key.Trim();
        if (key.Length < 2 * UuidLength + 1) return null;
        var serviceId = key[^(2 * UuidLength + 1)..^(UuidLength + 1)];
        var secret = key[^UuidLength..];
        return key[^(UuidLength + 1)] == '-' && Guid.TryParse(serviceId, out _) && Guid.TryParse(secret, out _) ? new(serviceId, secret) : null;
    }
}
