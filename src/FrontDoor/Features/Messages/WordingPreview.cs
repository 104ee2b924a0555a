using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Messages;

/// <summary>Fills wording being written with a real case's details, for the person writing it to see; the read is audited.</summary>
public sealed class WordingPreview(FrontDoorDb db, AuditLog audit, CaseNotifications notifications)
{
    /// <summary>The case's values, or null when there is no case with that reference that <paramref name="maySee"/> allows.</summary>
    public async Task<Dictionary<string, string>?> ForCaseAsync(string reference, Actor actor, Func<Case, bool> maySee, string siteBase, CancellationToken ct)
    {
        var normalised = reference.Trim().ToUpperInvariant();
        var c = await db.Cases.AsNoTracking().Include(x => x.Service).Include(x => x.Team).Include(x => x.Customer).SingleOrDefaultAsync(x => x.Reference == normalised, ct);
        // A case this person could not open is no more visible here: the same answer as a case that does not exist.
        if (c is null || !maySee(c)) return null;
        var values = notifications.Values(c, c.Service, c.Customer, siteBase);
        values["what_happens_next"] = c.Service.WhatHappensNext;
        await audit.RecordReadAsync(actor, "Previewed wording with a case", c.Id, c.CustomerId, ct);
        return values;
    }
}
