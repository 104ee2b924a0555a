using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc.Razor;

namespace FrontDoor.Shared;

/// <summary>What every page and endpoint gets from ASP.NET Core: Razor Pages by feature folder, security headers, errors.</summary>
public static class WebPlatform
{
    public static WebApplicationBuilder AddWebPlatform(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(o =>
        {
            o.RootDirectory = "/Features";
            o.Conventions.ConfigureFilter(new RefuseMethodsWithoutHandler());
        });
        builder.Services.Configure<RazorViewEngineOptions>(o => o.PageViewLocationFormats.Add("/Shared/{0}.cshtml"));
        builder.Services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "fd-antiforgery";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        builder.AddKeyRing();
        builder.AddProxies();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<SiteAddress>();
        builder.Services.AddOutputCache();
        // Stylesheets and scripts only: pages carry anti-forgery tokens and personal data, which compression
        // over HTTPS could expose to a BREACH-style attack.
        builder.Services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = ["text/css", "text/javascript", "application/javascript", "image/svg+xml"];
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Say when to come back: the window's end, or a minute when the limiter cannot tell.
            o.OnRejected = (context, _) =>
            {
                var wait = context.Lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        // Browsers that reached us over HTTPS keep to it for a year (not for localhost, where development runs).
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        builder.Services.AddSingleton(TimeProvider.System);
        return builder;
    }

    /// <summary>A rate-limit policy of so many requests a minute from each IP address, for pages worth guessing at.</summary>
    public static void AddPerIpRateLimit(this IServiceCollection services, string policy, int perMinute) =>
        services.Configure<Microsoft.AspNetCore.RateLimiting.RateLimiterOptions>(o => o.AddPolicy(policy, context =>
            System.Threading.RateLimiting.RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new System.Threading.RateLimiting.FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1) })));

    /// <summary>
    /// Secure by default: every page whose route starts with <paramref name="prefix"/> needs the policy, except the
    /// routes starting with one of <paramref name="open"/> (the ways in), so a new page cannot be left open by mistake.
    /// </summary>
    public static void RequirePolicyUnder(this IServiceCollection services, string prefix, string policy, params string[] open) =>
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(o => o.Conventions.AddFolderRouteModelConvention("/", page =>
        {
            foreach (var selector in page.Selectors)
            {
                var template = selector.AttributeRouteModel?.Template ?? "";
                if (template.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && !open.Any(o => template.StartsWith(o, StringComparison.OrdinalIgnoreCase)))
                    selector.EndpointMetadata.Add(new Microsoft.AspNetCore.Authorization.AuthorizeAttribute(policy));
            }
        }));

    /// <summary>This site's own address as the request reached it, for links in messages when Council:PublicUrl is not set.</summary>
    public static string SiteBase(this HttpRequest request) => $"{request.Scheme}://{request.Host}";

    static bool IsForMachines(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/open311");

    public static WebApplication UseWebPlatform(this WebApplication app)
    {
        // First, so everything after sees the client's address and scheme rather than the proxy's.
        app.UseForwardedHeaders();
        // People get the council's error pages; connected systems get problem details (Open311 writes its own errors).
        app.UseWhen(context => !IsForMachines(context), web =>
        {
            web.UseExceptionHandler("/error/500");
            web.UseStatusCodePagesWithReExecute("/error/{0}");
        });
        app.UseWhen(IsForMachines, api =>
        {
            // A body or parameter the framework could not read is the client's mistake, whatever the environment.
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = ex => ex is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError });
            api.UseStatusCodePages();
        });
        app.UseHsts();
        var contentSecurity = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ContentSecurityOptions>>().Value.Header;
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = contentSecurity;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "same-origin";
            headers.XFrameOptions = "DENY";
            await next();
        });
        app.UseResponseCompression();
        // Only a path under one of wwwroot's own folders can be a file there: every other request (an Open311 .xml, say)
        // goes on without a look-up on disk.
        var fileRoots = app.Environment.WebRootFileProvider.GetDirectoryContents("").Select(entry => new PathString("/" + entry.Name)).ToArray();
        app.UseWhen(context => fileRoots.Any(root => context.Request.Path.StartsWithSegments(root)), files => files.UseStaticFiles(new StaticFileOptions
        {
            // A file linked with its fingerprint (?v=, asp-append-version) never changes at that address.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = file.Context.Request.Query.ContainsKey("v")
                ? "public, max-age=31536000, immutable"
                : "no-cache",
        }));
        // Routing first: it sets a page's own body limit (BodyLimit), which holds only until something reads the body.
        app.UseRouting();
        app.UseTextFromOutsideCleaning();
        app.UseRateLimiter();
        app.UseOutputCache();
        return app;
    }

    /// <summary>
    /// A page with no handler for the method used (a POST to a page that only shows something) would otherwise run
    /// with nothing loaded: it answers 405 instead.
    /// </summary>
    sealed class RefuseMethodsWithoutHandler : Microsoft.AspNetCore.Mvc.Filters.IPageFilter
    {
        public void OnPageHandlerSelected(Microsoft.AspNetCore.Mvc.Filters.PageHandlerSelectedContext context) { }

        public void OnPageHandlerExecuting(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context)
        {
            var method = context.HttpContext.Request.Method;
            if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
                context.Result = new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        }

        public void OnPageHandlerExecuted(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutedContext context) { }
    }
}
