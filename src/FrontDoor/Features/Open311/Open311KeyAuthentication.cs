using System.Text.Encodings.Web;
using FrontDoor.Features.ApiClients;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Open311;

/// <summary>
/// Signs in a connected system by the api_key parameter GeoReport v2 uses, in the query or the posted form, as the same
/// API client the REST API knows. Refusals are Open311 errors (403, as the specification has them), in the format asked for.
/// </summary>
public sealed class Open311KeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "open311-key";

    /// <summary>The scope an endpoint needs, for the refusal to name it.</summary>
    public sealed record RequiredScope(string Scope);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = await KeyAsync();
        if (string.IsNullOrWhiteSpace(key)) return AuthenticateResult.NoResult();
        var client = await Context.RequestServices.GetRequiredService<ApiKeys>().FindAsync(key, Context.RequestAborted);
        if (client is null) return AuthenticateResult.Fail("api_key is not valid");
        client.ActFor(Context);
        return AuthenticateResult.Success(new AuthenticationTicket(client.Principal(), SchemeName));
    }

    async Task<string?> KeyAsync()
    {
        if (Request.Query["api_key"].ToString() is { Length: > 0 } query) return query;
        if (!HttpMethods.IsPost(Request.Method) || !Request.HasFormContentType) return null;
        try { return (await Request.ReadFormAsync(Context.RequestAborted))["api_key"].ToString(); }
        // A broken form has no key; the request's own checks say what is wrong with it.
        catch (Exception ex) when (ex is InvalidDataException or IOException) { return null; }
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await Open311Setup.RequestProblemAsync(Context)
            ?? Open311Format.Errors(Format, 403, await KeyAsync() is { Length: > 0 } ? "api_key is not valid" : "api_key was not provided");
        await result.ExecuteAsync(Context);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        var scope = Context.GetEndpoint()?.Metadata.GetMetadata<RequiredScope>()?.Scope;
        var result = await Open311Setup.RequestProblemAsync(Context)
            ?? Open311Format.Errors(Format, 403, $"This api_key does not allow that: it needs the {scope} scope");
        await result.ExecuteAsync(Context);
    }

    string Format => Context.Request.RouteValues["format"] as string is { } format && Open311Format.IsKnown(format) ? format : Open311Format.Xml;
}
