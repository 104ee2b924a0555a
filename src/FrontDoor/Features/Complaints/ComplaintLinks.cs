using FrontDoor.Shared;
using Microsoft.AspNetCore.DataProtection;

namespace FrontDoor.Features.Complaints;

/// <summary>
/// Signed links for complaints: to complain about a request (from its tracking page, so the complaint is linked to the right
/// case) and to take a complaint to stage 2 (from the stage 1 response, the tracking page or the account).
/// </summary>
public sealed class ComplaintLinks(IDataProtectionProvider protection)
{
    readonly SignedReferences signed = new(protection, "FrontDoor.Complaints.v1");

    public const string New = "/complaints/new";
    public const string Sent = "/complaints/sent";

    public string Token(string reference) => signed.Token(reference);
    public string? ReferenceIn(string? token) => signed.ReferenceIn(token);

    public string About(string reference) => $"{New}?about={Token(reference)}";
    public string Escalate(string reference) => $"/complaints/{Token(reference)}/escalate";
}
