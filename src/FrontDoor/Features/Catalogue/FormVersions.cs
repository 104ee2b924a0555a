using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue;

/// <summary>Publishing a service's form as a new version, and finding the version a case was asked with.</summary>
public static class FormVersions
{
    /// <summary>The form a case's answers were given to: the service's own when it is still current, else the kept version.</summary>
    public static async Task<FormDefinition> AskedWithAsync(FrontDoorDb db, Case c, CancellationToken ct)
    {
        if (c.FormVersion == c.Service.FormVersion) return c.Service.Form;
        var kept = await db.FormVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ServiceId == c.ServiceId && v.Number == c.FormVersion, ct);
        return kept?.Form ?? c.Service.Form;
    }

    /// <summary>
    /// Makes <paramref name="form"/> the service's live form as the next version, keeping the one it replaces; the caller
    /// saves. New requests are asked the new questions; cases already made keep theirs.
    /// </summary>
    public static async Task PublishAsync(FrontDoorDb db, Service service, FormDefinition form, Actor actor, DateTime now, CancellationToken ct)
    {
        if (!await db.FormVersions.AnyAsync(v => v.ServiceId == service.Id && v.Number == service.FormVersion, ct))
            db.FormVersions.Add(new FormVersion { ServiceId = service.Id, Number = service.FormVersion, FormJson = service.FormJson, PublishedAt = now, PublishedBy = "Before the form designer" });
        service.Form = form;
        service.FormVersion++;
        service.DraftFormJson = null;
        db.FormVersions.Add(new FormVersion { ServiceId = service.Id, Number = service.FormVersion, FormJson = service.FormJson, PublishedAt = now, PublishedBy = actor.Name });
    }
}
