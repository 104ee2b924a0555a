using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.Extensions.Options;

namespace FrontDoor.Shared;

/// <summary>
/// For a form on a page that is cached for everyone alike (see Features/Catalogue/PublicPages), which cannot carry a
/// visitor's own anti-forgery token. A post with a token is checked as every other form is; a post without one is taken
/// only when the browser says it came from this site (Sec-Fetch-Site, else Origin), which every current browser sends
/// and another site cannot forge. Forms a visitor with cookies is shown still carry their token (<see cref="TokenIfPersonal"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TokenOrSameOriginAttribute : Attribute, IAsyncAuthorizationFilter, IAntiforgeryPolicy
{
    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        if (!context.IsEffectivePolicy<IAntiforgeryPolicy>(this)) return;
        var request = context.HttpContext.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method)) return;
        var services = context.HttpContext.RequestServices;
        var field = services.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.FormFieldName;
        bool hasToken;
        try
        {
            hasToken = request.HasFormContentType && (await request.ReadFormAsync(context.HttpContext.RequestAborted)).ContainsKey(field);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            context.Result = new BadRequestResult();
            return;
        }
        var allowed = hasToken ? await services.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context.HttpContext) : FromThisSite(request);
        if (!allowed) context.Result = new AntiforgeryValidationFailedResult();
    }

    public static bool FromThisSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0) return site == "same-origin";
        return Uri.TryCreate(request.Headers.Origin.ToString(), UriKind.Absolute, out var origin)
            && string.Equals(origin.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(origin.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The hidden token field for a visitor with cookies; nothing for one without, whose page may be everyone's.</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent TokenIfPersonal(ViewContext view, IAntiforgery antiforgery) =>
        Visitors.AreAllAlike(view.HttpContext.Request)
            ? Microsoft.AspNetCore.Html.HtmlString.Empty
            : antiforgery.GetHtml(view.HttpContext);
}

public static class Visitors
{
    /// <summary>A visitor with no cookie or credentials has no session, account, draft or message to be shown: their page is everyone's.</summary>
    public static bool AreAllAlike(HttpRequest request) => request.Headers.Cookie.Count == 0 && request.Headers.Authorization.Count == 0;
}
