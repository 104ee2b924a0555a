using Microsoft.AspNetCore.Authentication;

namespace FrontDoor.Features.ApiClients;

public static class ApiClientsSetup
{
    /// <summary>The authorisation policy for a scope: the request carries a key whose client has that scope.</summary>
    public static string PolicyFor(string scope) => "api:" + scope;

    public static WebApplicationBuilder AddApiClients(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddMemoryCache();
        services.AddScoped<ApiKeys>();
        services.AddSingleton<ClientRateLimits>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiClientUser.Scheme, null);
        var policies = services.AddAuthorizationBuilder();
        foreach (var scope in ApiScopes.All.Keys)
            policies.AddPolicy(PolicyFor(scope), p => p.AddAuthenticationSchemes(ApiClientUser.Scheme).RequireClaim("scope", scope));
        return builder;
    }

    /// <summary>After the key is checked: each client's own allowance, refused with 429 and Retry-After.</summary>
    public static async ValueTask<object?> RateLimitFilter(EndpointFilterInvocationContext call, EndpointFilterDelegate next)
    {
        var context = call.HttpContext;
        if (ApiClientUser.From(context.User) is { } client
            && context.RequestServices.GetRequiredService<ClientRateLimits>().TryAcquire(client) is TimeSpan wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests",
                detail: $"This API client may make {client.RequestsPerMinute} requests a minute. Wait, then try again.");
        }
        return await next(call);
    }
}
