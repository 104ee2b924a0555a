using FrontDoor.Data;
using FrontDoor.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Messages;

/// <param name="InLanguage">Whether it is in the language asked for; when not, it is in English.</param>
public record RenderedMessage(string Subject, string Body, bool InLanguage);

/// <summary>
/// The wording a message goes out in: the council's own in the customer's language, else the council's in English,
/// else FrontDoor's standard wording; read at the moment of writing the message, so every node sends the latest.
/// </summary>
public sealed class MessageWording(FrontDoorDb db, ILogger<MessageWording> log)
{
    public async Task<RenderedMessage> RenderAsync(MessageKey key, MessageKind channel, string language, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var definition = StandardMessages.For(key);
        var standard = definition.Standard.GetValueOrDefault(channel)
            ?? throw new ArgumentOutOfRangeException(nameof(channel), channel, $"{key} is not sent by {channel}");
        var own = await OwnWording.For(db)(db, key, channel, language).ToListAsync(ct);
        var chosen = own.FirstOrDefault(t => t.Language == language) ?? own.FirstOrDefault();
        if (chosen is not null && Render(chosen.Subject ?? standard.Subject, chosen.Body, values) is { } mine)
            return mine with { InLanguage = chosen.Language == language };
        if (chosen is not null) log.LogWarning("The council's wording of {Key} by {Channel} could not be filled in; FrontDoor's standard wording was sent", key, channel);
        return Render(standard.Subject, standard.Body, values)! with { InLanguage = language == Languages.English };
    }

    // Read for every message written (each intake's acknowledgement among them): compiled once.
    static readonly CompiledQuery<Func<FrontDoorDb, MessageKey, MessageKind, string, IAsyncEnumerable<MessageTemplate>>> OwnWording = new(() => EF.CompileAsyncQuery(
        (FrontDoorDb db, MessageKey key, MessageKind channel, string language) => db.MessageTemplates.AsNoTracking()
            .Where(t => t.Key == key && t.Channel == channel && (t.Language == language || t.Language == Languages.English))));

    /// <summary>What every message may name about the council itself.</summary>
    public static Dictionary<string, string> CouncilValues(Shared.Council.CouncilOptions o) => new()
    {
        ["council"] = o.Name,
        ["council_phone"] = o.Phone,
        ["opening_hours"] = o.OpeningHours,
    };

    static RenderedMessage? Render(string? subject, string body, IReadOnlyDictionary<string, string> values)
    {
        var filledSubject = subject is null ? "" : CouncilTemplates.Render(subject, values);
        var filledBody = CouncilTemplates.Render(body, values);
        return filledSubject is null || filledBody is null ? null : new(filledSubject.Trim(), filledBody.Trim(), true);
    }
}
