using System.Globalization;
using System.Security.Cryptography;
using FrontDoor.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Staff.Invitations;

/// <summary>
/// One-time links for a member of staff to choose their own password and then set up their authenticator: the first
/// administrator's, printed by <c>create-admin</c>. A link names the person and the security stamp they had when it
/// was made, so choosing a password (which moves the stamp on) spends it; it also carries when it expires.
/// </summary>
public sealed class StaffInvitations(IDataProtectionProvider protection, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    IDataProtector Protector => protection.CreateProtector("FrontDoor.Staff.Invitation");

    public string Token(StaffMember staff) => Protector.Protect(string.Join(':', staff.Id, staff.SecurityStamp,
        clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));

    /// <summary>The active member of staff the link is for, or null when it is unreadable, expired or already used.</summary>
    public async Task<StaffMember?> FindAsync(FrontDoorDb db, string? token, CancellationToken ct)
    {
        string payload;
        try { payload = Protector.Unprotect(token ?? ""); }
        catch (CryptographicException) { return null; }
        if (payload.Split(':') is not [var idText, var stamp, var expiresText]
            || !long.TryParse(idText, CultureInfo.InvariantCulture, out var id)
            || !long.TryParse(expiresText, CultureInfo.InvariantCulture, out var expires)
            || clock.GetUtcNow().ToUnixTimeSeconds() >= expires) return null;
        return await db.StaffMembers.SingleOrDefaultAsync(s => s.Id == id && s.IsActive && s.SecurityStamp == stamp, ct);
    }

    /// <summary>The link in full, on the council's public address when it is configured.</summary>
    public static string Link(string siteBase, string token) => siteBase.TrimEnd('/') + StaffLinks.Welcome(token);
}
