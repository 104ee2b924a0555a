using System.Threading.RateLimiting;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Catalogue;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Open311;

public class Open311Options
{
    /// <summary>The jurisdiction this server answers for; clients may send it as jurisdiction_id.</summary>
    [System.ComponentModel.DataAnnotations.Required] public string JurisdictionId { get; set; } = "ashworth.example.gov.uk";
    /// <summary>Requests a minute from one address to the open (keyless) reading endpoints.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 100_000_000)] public int OpenReadsPerMinute { get; set; } = 600;
}

/// <summary>Open311 GeoReport v2 with mySociety's extensions, under /open311.</summary>
public static class Open311Setup
{
    const string OpenReads = "open311-reads";

    public static WebApplicationBuilder AddOpen311(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<Open311Options>().BindConfiguration("Open311").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, Open311KeyAuthentication>(Open311KeyAuthentication.SchemeName, null);
        var policies = builder.Services.AddAuthorizationBuilder();
        foreach (var scope in new[] { ApiScopes.ReadCases, ApiScopes.WriteCases })
            policies.AddPolicy(PolicyFor(scope), p => p.AddAuthenticationSchemes(Open311KeyAuthentication.SchemeName).RequireClaim("scope", scope));
        // Keyed calls count against their client's own allowance (in Open311Access); keyless reads against the caller's address.
        var perMinute = builder.Configuration.GetValue("Open311:OpenReadsPerMinute", new Open311Options().OpenReadsPerMinute);
        builder.Services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o => o.AddPolicy(OpenReads, context =>
            context.Request.Query.ContainsKey("api_key") || HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetNoLimiter("keyed")
                : RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })));
        return builder;
    }

    public static WebApplication MapOpen311(this WebApplication app)
    {
        var root = app.MapGroup("/open311").RequireRateLimiting(OpenReads).ExcludeFromDescription();
        root.MapGet("/discovery.{format}", Open311Services.Discovery).CacheOutput(PublicPages.Policy);
        var v2 = root.MapGroup("/v2").AddEndpointFilter(CheckFormatAndJurisdiction).AddEndpointFilter(KeyedCallAllowance);
        v2.MapGet("/services.{format}", Open311Services.List).CacheOutput(PublicPages.Policy);
        v2.MapGet("/services/{code}.{format}", Open311Services.Definition).CacheOutput(PublicPages.Policy);
        v2.MapPost("/requests.{format}", Open311Requests.CreateAsync).RequireScope(ApiScopes.WriteCases);
        // Reading requests needs no key; a key with cases:read shows them in full.
        v2.MapGet("/requests.{format}", Open311Requests.ListAsync);
        v2.MapGet("/requests/{id}.{format}", Open311Requests.GetAsync);
        v2.MapGet("/tokens/{token}.{format}", Open311Requests.TokenAsync);
        v2.MapGet("/servicerequestupdates.{format}", Open311Updates.ListAsync).RequireScope(ApiScopes.ReadCases);
        v2.MapPost("/servicerequestupdates.{format}", Open311Updates.CreateAsync).RequireScope(ApiScopes.WriteCases);
        // Anything else under /open311 is answered in Open311's words, not with a web page.
        root.Map("/{**rest}", (HttpContext context) =>
            Open311Format.Errors(Path.GetExtension(context.Request.Path.Value ?? "").TrimStart('.'), 404, "There is no such Open311 resource"));
        return app;
    }

    public static string PolicyFor(string scope) => "open311:" + scope;

    static RouteHandlerBuilder RequireScope(this RouteHandlerBuilder endpoint, string scope) =>
        endpoint.RequireAuthorization(PolicyFor(scope)).WithMetadata(new Open311KeyAuthentication.RequiredScope(scope));

    static async ValueTask<object?> CheckFormatAndJurisdiction(EndpointFilterInvocationContext call, EndpointFilterDelegate next) =>
        await RequestProblemAsync(call.HttpContext) ?? await next(call);

    /// <summary>
    /// A call with a key, whether or not the endpoint needs one, acts as that client (so timelines and the audit trail
    /// name it) and counts against its own allowance. A key that is not valid is refused even where none is needed.
    /// </summary>
    static async ValueTask<object?> KeyedCallAllowance(EndpointFilterInvocationContext call, EndpointFilterDelegate next)
    {
        var context = call.HttpContext;
        var format = (string)context.Request.RouteValues["format"]!;
        var signIn = await context.AuthenticateAsync(Open311KeyAuthentication.SchemeName);
        if (signIn.Failure is not null) return Open311Format.Errors(format, 403, "api_key is not valid");
        if (!signIn.Succeeded) return await next(call);
        context.User = signIn.Principal;
        var client = ApiClientUser.From(signIn.Principal)!;
        if (context.RequestServices.GetRequiredService<ClientRateLimits>().TryAcquire(client) is TimeSpan wait)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString();
            return Open311Format.Errors(format, 429, "Too many requests for this api_key: wait, then try again");
        }
        return await next(call);
    }

    /// <summary>What is wrong with a v2 call before anything else: the format must be xml or json, a posted form readable, and a jurisdiction_id, if given, ours.</summary>
    public static async Task<IResult?> RequestProblemAsync(HttpContext context)
    {
        var format = context.Request.RouteValues["format"] as string ?? "";
        if (!Open311Format.IsKnown(format)) return Open311Format.Errors(Open311Format.Xml, 404, "Use .xml or .json");
        var posted = HttpMethods.IsPost(context.Request.Method);
        if (posted && !context.Request.HasFormContentType)
            return Open311Format.Errors(format, 400, "Send the request as a form (application/x-www-form-urlencoded), as GeoReport v2 asks");
        string jurisdiction;
        try
        {
            // Read once here, whole, so the handlers after this find a form they can use.
            jurisdiction = posted
                ? (await context.Request.ReadFormAsync(context.RequestAborted))["jurisdiction_id"].ToString()
                : context.Request.Query["jurisdiction_id"].ToString();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            return Open311Format.Errors(format, 400, "The form could not be read: it is broken or has too many fields");
        }
        var ours = context.RequestServices.GetRequiredService<IOptions<Open311Options>>().Value.JurisdictionId;
        if (jurisdiction.Length > 0 && !string.Equals(jurisdiction, ours, StringComparison.OrdinalIgnoreCase))
            return Open311Format.Errors(format, 404, $"jurisdiction_id {jurisdiction} not found: this server answers for {ours}");
        return null;
    }
}
