using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.IdentityModel.Tokens;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>
/// GOV.UK Notify's v2 API as its documentation describes it, on a real local port: it checks each request's token (HS256,
/// signed with the key's secret, the service id as issuer, issued within 30 seconds of its own clock) and body (a template
/// of the right type, every placeholder the template has, a recipient it can send to), answers 201 with the notification's
/// id, and reports each notification's status. Tests make it refuse, rate-limit or fail as Notify can.
/// </summary>
public sealed partial class FakeNotify : LocalHttpServer
{
    public record Received(string Type, JsonObject Body, JwtSecurityToken Token);
    public record Template(string Type, string[] Placeholders);

    public string ServiceId { get; } = Guid.NewGuid().ToString();
    public string Secret { get; } = Guid.NewGuid().ToString();
    public string ApiKey => $"frontdoor_test-{ServiceId}-{Secret}";
    public TimeProvider Clock { get; set; } = TimeProvider.System;
    public Dictionary<string, Template> Templates { get; } = new()
    {
        [EmailTemplate] = new("email", ["subject", "body"]),
        [SmsTemplate] = new("sms", ["body"]),
        [LetterTemplate] = new("letter", ["subject", "body"]),
    };
    public const string EmailTemplate = "3c6c8a7e-4b0e-4d3a-9a53-6f0b6c1d2e01", SmsTemplate = "3c6c8a7e-4b0e-4d3a-9a53-6f0b6c1d2e02",
        LetterTemplate = "3c6c8a7e-4b0e-4d3a-9a53-6f0b6c1d2e03";

    public ConcurrentQueue<Received> Requests { get; } = new();
    /// <summary>Notifications by id, with the status GET reports (tests move it on).</summary>
    public ConcurrentDictionary<string, string> Statuses { get; } = new();
    /// <summary>Statuses to answer, in turn, for a recipient, before sending to them normally (429, 500, 503).</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<int>> Failures { get; } = new();
    /// <summary>Recipients a team-only key may not send to: Notify answers 400.</summary>
    public ConcurrentDictionary<string, bool> NotInTeam { get; } = new();

    protected override async Task AnswerAsync(HttpListenerContext context)
    {
        var (status, answer) = await AnswerAsync(context.Request);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(answer.ToJsonString()));
    }

    async Task<(int, JsonNode)> AnswerAsync(HttpListenerRequest request)
    {
        if (CheckToken(request.Headers["Authorization"]) is not { } token) return Error(403, "AuthError", "Invalid token: signature, api token not found");
        var path = request.Url!.AbsolutePath;
        if (request.HttpMethod == "GET" && path.StartsWith("/v2/notifications/"))
        {
            var id = path["/v2/notifications/".Length..];
            return Statuses.TryGetValue(id, out var s) ? (200, new JsonObject { ["id"] = id, ["status"] = s }) : Error(404, "NoResultFound", "No result found");
        }
        if (request.HttpMethod != "POST" || !path.StartsWith("/v2/notifications/")) return Error(404, "NotFound", "Not found");
        var type = path["/v2/notifications/".Length..];
        using var reader = new StreamReader(request.InputStream);
        if (JsonNode.Parse(await reader.ReadToEndAsync()) is not JsonObject body) return Error(400, "ValidationError", "Not JSON");
        Requests.Enqueue(new(type, body, token));
        var recipient = (string?)body["email_address"] ?? (string?)body["phone_number"] ?? (string?)body["personalisation"]?["address_line_1"] ?? "";
        if (Failures.TryGetValue(recipient, out var failures) && failures.TryDequeue(out var failure))
            return failure == 429 ? Error(429, "RateLimitError", "Exceeded rate limit for key type LIVE of 3000 requests per 60 seconds") : Error(failure, "Exception", "Internal server error");
        if (BodyProblem(type, body) is { } problem) return Error(400, "ValidationError", problem);
        if (NotInTeam.ContainsKey(recipient)) return Error(400, "BadRequestError", "Can't send to this recipient using a team-only API key");
        var notification = Guid.NewGuid().ToString();
        Statuses[notification] = "created";
        return (201, new JsonObject
        {
            ["id"] = notification, ["reference"] = (string?)body["reference"], ["uri"] = $"{Url}v2/notifications/{notification}",
            ["template"] = new JsonObject { ["id"] = (string?)body["template_id"], ["version"] = 1, ["uri"] = $"{Url}services/{ServiceId}/templates/{body["template_id"]}" },
            ["content"] = new JsonObject { ["body"] = (string?)body["personalisation"]?["body"] },
        });
    }

    JwtSecurityToken? CheckToken(string? header)
    {
        if (header is null || !header.StartsWith("Bearer ")) return null;
        try
        {
            new JwtSecurityTokenHandler().ValidateToken(header[7..], new TokenValidationParameters
            {
                IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(Secret)),
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ValidIssuer = ServiceId, ValidateAudience = false, ValidateLifetime = false, RequireExpirationTime = false,
            }, out var validated);
            var token = (JwtSecurityToken)validated;
            var issuedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(token.Payload["iat"].ToString()!));
            return token.Header.Typ == "JWT" && (Clock.GetUtcNow() - issuedAt).Duration() <= TimeSpan.FromSeconds(30) ? token : null;
        }
        catch (Exception ex) when (ex is SecurityTokenException or ArgumentException or FormatException or KeyNotFoundException) { return null; }
    }

    string? BodyProblem(string type, JsonObject body)
    {
        if ((string?)body["template_id"] is not { } id || !Templates.TryGetValue(id, out var template) || template.Type != type) return "Template not found";
        var personalisation = body["personalisation"] as JsonObject;
        if (template.Placeholders.FirstOrDefault(p => personalisation?[p] is null) is { } missing) return $"Missing personalisation: {missing}";
        return type switch
        {
            "email" when !((string?)body["email_address"] ?? "").Contains('@') => "email_address Not a valid email address",
            "sms" when !Regex.IsMatch(((string?)body["phone_number"] ?? "").Replace(" ", ""), @"^(\+44|0)7\d{9}$") => "phone_number Not a UK mobile number",
            "letter" => LetterProblem(personalisation!),
            _ => null,
        };
    }

    static string? LetterProblem(JsonObject personalisation)
    {
        var lines = Enumerable.Range(1, 7).Select(i => (string?)personalisation[$"address_line_{i}"]).TakeWhile(l => l is not null).ToList();
        if (lines.Count < 3) return "Address must be at least 3 lines";
        return Postcode().IsMatch(lines[^1]!) ? null : "Last line of address must be a real UK postcode or another country";
    }

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}$", RegexOptions.IgnoreCase)]
    private static partial Regex Postcode();

    static (int, JsonNode) Error(int status, string error, string message) =>
        (status, new JsonObject { ["status_code"] = status, ["errors"] = new JsonArray(new JsonObject { ["error"] = error, ["message"] = message }) });

    /// <summary>Waits (up to 20 seconds) for a request to this recipient.</summary>
    public async Task<Received> WaitForAsync(string recipient)
    {
        for (var i = 0; i < 200; i++)
        {
            if (Requests.FirstOrDefault(r => r.Body.ToJsonString().Contains(recipient)) is { } found) return found;
            await Task.Delay(100);
        }
        throw new TimeoutException($"Nothing to {recipient} reached Notify");
    }
}
