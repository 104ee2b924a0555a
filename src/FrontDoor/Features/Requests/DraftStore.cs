using FrontDoor.Data;
using FrontDoor.Features.Catalogue;

namespace FrontDoor.Features.Requests;

/// <summary>Finds and starts the resident's draft; the cookie carries only a random id.</summary>
public sealed class DraftStore(FrontDoorDb db, TimeProvider clock)
{
    const string CookieName = "fd-draft";

    public async Task<Draft?> FindAsync(HttpContext http, Service service, CancellationToken ct)
    {
        if (!Guid.TryParse(http.Request.Cookies[CookieName], out var id)) return null;
        var draft = await db.Drafts.FindAsync([id], ct);
        return draft?.ServiceId == service.Id ? draft : null;
    }

    public async Task<Draft> StartAsync(HttpContext http, Service service, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // A form left unfinished still counts as started in the figures; what was typed into it is forgotten.
        if (Guid.TryParse(http.Request.Cookies[CookieName], out var oldId) && await db.Drafts.FindAsync([oldId], ct) is { } old)
        {
            old.Forget();
            old.UpdatedAt = now;
        }
        var draft = new Draft { Id = Guid.NewGuid(), ServiceId = service.Id, StartedAt = now, UpdatedAt = now };
        db.Drafts.Add(draft);
        await db.SaveChangesAsync(ct);
        http.Response.Cookies.Append(CookieName, draft.Id.ToString(), new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
        });
        return draft;
    }

    public async Task SaveAsync(Draft draft, CancellationToken ct)
    {
        draft.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
