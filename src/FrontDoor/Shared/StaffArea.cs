using Microsoft.AspNetCore.Diagnostics;

namespace FrontDoor.Shared;

/// <summary>
/// Whether a page belongs to the staff workspace, so it keeps the staff navigation and wording: its address is
/// under /staff (for an error page, the address that failed), or an agent is filling a service's form for a caller.
/// </summary>
public static class StaffArea
{
    const string AssistingKey = "fd-assisting";

    /// <summary>Marks this request as an agent's, filling the residents' pages for a caller or visitor.</summary>
    public static void Assisting(HttpContext http) => http.Items[AssistingKey] = true;

    public static bool IsAssisting(HttpContext http) => http.Items.ContainsKey(AssistingKey);

    const string PreviewingKey = "fd-previewing";

    /// <summary>Marks this request as staff previewing a service's draft questions, nothing sent; the page says so.</summary>
    public static void Previewing(HttpContext http, int serviceId) => http.Items[PreviewingKey] = serviceId;

    /// <summary>The service whose questions are being previewed, or null.</summary>
    public static int? PreviewOf(HttpContext http) => http.Items.TryGetValue(PreviewingKey, out var id) ? (int?)id : null;

    public static bool Contains(HttpContext http) => IsAssisting(http) || new PathString(RequestedPath(http)).StartsWithSegments(Features.Staff.StaffLinks.Home);

    /// <summary>The address the person asked for: an error page is shown at its own.</summary>
    static string RequestedPath(HttpContext http) =>
        http.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
        ?? http.Features.Get<IExceptionHandlerPathFeature>()?.Path
        ?? http.Request.Path.Value ?? "";
}
