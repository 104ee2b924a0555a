using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace FrontDoor.Features.Notifications.Notify;

/// <summary>
/// GOV.UK Notify's REST API (v2): sends a message through the channel's generic template, whose personalisation carries
/// what FrontDoor rendered, and reads a message's status. Every request is signed with a fresh token (HS256, the service id
/// as issuer, issued now), as Notify refuses one more than 30 seconds old.
/// </summary>
public sealed class NotifyClient(HttpClient http, IOptions<NotifyOptions> options, TimeProvider clock)
{
    /// <summary>Sends the message; returns Notify's id for it.</summary>
    /// <exception cref="MessageRefusedException">Notify answered 400: the message or template needs changing.</exception>
    /// <exception cref="HttpRequestException">Anything else (rate limit, Notify down, the key refused): worth trying again later.</exception>
    public async Task<string> SendAsync(MessageKind kind, OutgoingMessage message, CancellationToken ct)
    {
        var template = options.Value.TemplateFor(kind) ?? throw new InvalidOperationException($"No Notify template for {kind}");
        var personalisation = new Dictionary<string, string> { ["subject"] = message.Subject, ["body"] = message.Body };
        var body = new Dictionary<string, object> { ["template_id"] = template, ["reference"] = message.Reference, ["personalisation"] = personalisation };
        switch (kind)
        {
            case MessageKind.Email: body["email_address"] = message.To; break;
            case MessageKind.Sms: body["phone_number"] = message.To; break;
            case MessageKind.Letter:
                foreach (var (line, i) in AddressLines(message.To).Select((l, i) => (l, i))) personalisation[$"address_line_{i + 1}"] = line;
                break;
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v2/notifications/{Path(kind)}") { Content = JsonContent.Create(body) };
        using var response = await SendSignedAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.Created && await response.Content.ReadFromJsonAsync<Created>(ct) is { Id.Length: > 0 } created)
            return created.Id;
        var problem = await ProblemAsync(response, ct);
        if (response.StatusCode == HttpStatusCode.BadRequest) throw new MessageRefusedException($"GOV.UK Notify refused the message: {problem}");
        throw new HttpRequestException($"GOV.UK Notify answered {(int)response.StatusCode}: {problem}", null, response.StatusCode);
    }

    /// <summary>Notify's status of a message it sent, or null when it no longer knows it (Notify keeps them for 7 days).</summary>
    public async Task<string?> StatusAsync(string id, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"v2/notifications/{Uri.EscapeDataString(id)}");
        using var response = await SendSignedAsync(request, ct);
        if (response.StatusCode == HttpStatusCode.NotFound) return null;
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"GOV.UK Notify answered {(int)response.StatusCode}: {await ProblemAsync(response, ct)}", null, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Created>(ct))?.Status;
    }

    Task<HttpResponseMessage> SendSignedAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var key = NotifyApiKey.Parse(options.Value.ApiKey ?? "") ?? throw new InvalidOperationException("Notify:ApiKey is not set");
        request.Headers.Authorization = new("Bearer", Token(key, clock.GetUtcNow()));
        return http.SendAsync(request, ct);
    }

    public static string Token(NotifyApiKey key, DateTimeOffset now)
    {
        var credentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key.Secret)), SecurityAlgorithms.HmacSha256);
        var token = new JwtSecurityToken(new JwtHeader(credentials), new JwtPayload { { "iss", key.ServiceId }, { "iat", now.ToUnixTimeSeconds() } });
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    static string Path(MessageKind kind) => kind switch { MessageKind.Email => "email", MessageKind.Sms => "sms", MessageKind.Letter => "letter" };

    /// <summary>
    /// A letter's recipient (the name, then the address on one line) as Notify's address lines: at most 7, the postcode
    /// last, so a long address has its middle lines joined rather than its postcode lost.
    /// </summary>
    public static IReadOnlyList<string> AddressLines(string recipient)
    {
        var lines = recipient.Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        while (lines.Count > 7)
        {
            lines[^3] = $"{lines[^3]}, {lines[^2]}";
            lines.RemoveAt(lines.Count - 2);
        }
        return lines;
    }

    /// <summary>Notify's errors as one line ("BadRequestError: Missing personalisation: body"); never the message or recipient.</summary>
    static async Task<string> ProblemAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var error = await response.Content.ReadFromJsonAsync<ErrorResponse>(ct);
            if (error?.Errors is { Count: > 0 } errors) return string.Join("; ", errors.Select(e => $"{e.Error}: {e.Message}"));
        }
        catch (System.Text.Json.JsonException) { }
        catch (NotSupportedException) { }
        return response.ReasonPhrase ?? "no reason given";
    }

    sealed record Created([property: JsonPropertyName("id")] string? Id, [property: JsonPropertyName("status")] string? Status);
    sealed record ErrorResponse([property: JsonPropertyName("errors")] List<ErrorItem>? Errors);
    sealed record ErrorItem([property: JsonPropertyName("error")] string? Error, [property: JsonPropertyName("message")] string? Message);
}

/// <summary>A channel's messages through Notify, with a client from the factory for each (its handlers are renewed in turn).</summary>
public sealed class NotifySender(MessageKind kind, Func<NotifyClient> notify) : IMessageSender
{
    public MessageKind Kind => kind;

    public async Task<SentMessage> SendAsync(OutgoingMessage message, CancellationToken ct) => new(await notify().SendAsync(kind, message, ct));
}
