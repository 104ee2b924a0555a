using System.Security.Claims;
using FrontDoor.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace FrontDoor.Features.Staff;

/// <summary>
/// A staff session lasts only while the account it began with is unchanged: each request compares the session's
/// security stamp with the account's (read from the database at most every few seconds on each node), so a
/// deactivated officer, one moved to another team, or a cookie copied before sign-out is turned away.
/// </summary>
public static class StaffSessions
{
    public const string StampClaim = "fd:stamp";
    static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);

    static string CacheKey(long id) => $"staff-stamp:{id}";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal!;
        var http = context.HttpContext;
        if (!long.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) { await RejectAsync(context); return; }
        var cache = http.RequestServices.GetRequiredService<IMemoryCache>();
        var current = await cache.GetOrCreateAsync(CacheKey(id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CacheFor;
            var db = http.RequestServices.GetRequiredService<FrontDoorDb>();
            return await db.StaffMembers.AsNoTracking().Where(s => s.Id == id && s.IsActive).Select(s => s.SecurityStamp).SingleOrDefaultAsync(http.RequestAborted);
        });
        if (current is null || current != principal.FindFirstValue(StampClaim)) await RejectAsync(context);
        else StaffUser.From(principal)?.ActFor(http);
    }

    static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }

    /// <summary>Ends every session of this member of staff, on this node at once and on others within seconds. The caller saves.</summary>
    public static void End(StaffMember staff, IMemoryCache cache)
    {
        staff.EndSessions();
        cache.Remove(CacheKey(staff.Id));
    }
}
