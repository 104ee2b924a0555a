using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.ApiClients;

/// <summary>
/// Signs in a connected system by its key, sent as "Authorization: Bearer KEY" or "X-Api-Key: KEY".
/// Refusals are problem details, as the rest of the API's errors are.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var key = Request.Headers["X-Api-Key"].FirstOrDefault();
        var authorization = Request.Headers.Authorization.FirstOrDefault();
        if (key is null && authorization?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true) key = authorization[7..];
        if (key is null) return AuthenticateResult.NoResult();
        var keys = Context.RequestServices.GetRequiredService<ApiKeys>();
        var client = await keys.FindAsync(key, Context.RequestAborted);
        if (client is null) return AuthenticateResult.Fail("Unknown or revoked API key");
        client.ActFor(Context);
        return AuthenticateResult.Success(new AuthenticationTicket(client.Principal(), Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return WriteProblemAsync(StatusCodes.Status401Unauthorized, "Send a valid API key",
            "Send your key as \"Authorization: Bearer <key>\" or \"X-Api-Key: <key>\". Keys are issued by the council's administrators.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteProblemAsync(StatusCodes.Status403Forbidden, "This API key does not allow that",
            "Ask the council's administrators to add the scope this request needs to your API client.");

    Task WriteProblemAsync(int status, string title, string detail)
    {
        Response.StatusCode = status;
        return Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = Context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}
