using Microsoft.AspNetCore.DataProtection;

namespace FrontDoor.Features.Tracking;

/// <summary>Signed links that let the person who made a request see it without typing their email again.</summary>
public sealed class TrackingLinks(IDataProtectionProvider protection)
{
    readonly Shared.SignedReferences signed = new(protection, "FrontDoor.Tracking.v1");

    public string Token(string reference) => signed.Token(reference);

    public bool IsValid(string reference, string? token) => signed.ReferenceIn(token) == reference;

    /// <summary>The reference a link names, tidied, when its token signs it; null for a bad link, which gets the same answer as a missing case.</summary>
    public string? Verified(string reference, string? token) => Cases.CaseReference.Normalise(reference) is { } normalised && IsValid(normalised, token) ? normalised : null;

    public string Url(string siteBase, string reference) => siteBase.TrimEnd('/') + Path(reference, Token(reference));

    public static string Path(string reference, string token) => $"/track/{reference}?token={token}";

    /// <summary>Where the customer answers what we asked, or adds to their request.</summary>
    public string Reply(string reference) => $"/track/{reference}/reply?token={Token(reference)}";

    /// <summary>Where the customer cancels a booked collection or visit.</summary>
    public string CancelBooking(string reference) => $"/track/{reference}/cancel?token={Token(reference)}";
}
