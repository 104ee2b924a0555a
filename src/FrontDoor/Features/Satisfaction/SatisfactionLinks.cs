using FrontDoor.Shared;
using Microsoft.AspNetCore.DataProtection;

namespace FrontDoor.Features.Satisfaction;

/// <summary>A signed link to one case's satisfaction question, sent with the message that closes it: no sign-in, no guessing.</summary>
public sealed class SatisfactionLinks(IDataProtectionProvider protection)
{
    readonly SignedReferences signed = new(protection, "FrontDoor.Satisfaction.v1");

    public string Token(string reference) => signed.Token(reference);

    public string? ReferenceIn(string? token) => signed.ReferenceIn(token);

    public static string Path(string token) => $"/feedback/{token}";
    public string Url(string siteBase, string reference) => $"{siteBase.TrimEnd('/')}{Path(Token(reference))}";
}
