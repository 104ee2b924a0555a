using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Messages;

/// <param name="InLanguage">Whether it is in the language asked for; when not, it is in English.</param>
public record RenderedMessage(string Subject, string Body, bool InLanguage);

/// <summary>
/// The wording a message goes out in: the council's own in the customer's language, else the council's in English,
/// else FrontDoor's standard wording. Which of the council's it has is held in memory until the council changes its
/// wording (Catalogue/HeldContent), so every node sends the latest within seconds of a change.
/// </summary>
public sealed class MessageWording(FrontDoorDb db, Held<(MessageKey, MessageKind, string), MessageWording.OwnChoice> held, ILogger<MessageWording> log)
{
    /// <summary>The council's wording to send, or null to send the standard wording.</summary>
    public sealed record OwnChoice(MessageTemplate? Template);

    public async Task<RenderedMessage> RenderAsync(MessageKey key, MessageKind channel, string language, IReadOnlyDictionary<string, string> values, CancellationToken ct)
    {
        var definition = StandardMessages.For(key);
        var standard = definition.Standard.GetValueOrDefault(channel)
            ?? throw new ArgumentOutOfRangeException(nameof(channel), channel, $"{key} is not sent by {channel}");
        var chosen = (await held.GetAsync((key, channel, language), k => ChooseAsync(k, ct)))!.Template;
        if (chosen is not null && Render(chosen.Subject ?? standard.Subject, chosen.Body, values) is { } mine)
            return mine with { InLanguage = chosen.Language == language };
        if (chosen is not null) log.LogWarning("The council's wording of {Key} by {Channel} could not be filled in; FrontDoor's standard wording was sent", key, channel);
        return Render(standard.Subject, standard.Body, values)! with { InLanguage = language == Languages.English };
    }

    async Task<OwnChoice?> ChooseAsync((MessageKey Key, MessageKind Channel, string Language) wanted, CancellationToken ct)
    {
        var own = await OwnWording.For(db)(db, wanted.Key, wanted.Channel, wanted.Language).ToListAsync(ct);
        return new(own.FirstOrDefault(t => t.Language == wanted.Language) ?? own.FirstOrDefault());
    }

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
