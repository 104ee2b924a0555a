using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace FrontDoor.Shared;

/// <summary>
/// A case reference signed for one purpose, to put in a link: whoever holds the link may do that one thing with that one
/// case, without signing in, and nobody can make one for another case.
/// </summary>
public sealed class SignedReferences(IDataProtectionProvider protection, string purpose)
{
    readonly IDataProtector protector = protection.CreateProtector(purpose);

    public string Token(string reference) => WebEncoders.Base64UrlEncode(protector.Protect(System.Text.Encoding.UTF8.GetBytes(reference)));

    /// <summary>The case reference the token was made for, or null when it was not made by us for this purpose.</summary>
    public string? ReferenceIn(string? token)
    {
        if (string.IsNullOrEmpty(token)) return null;
        try
        {
            return System.Text.Encoding.UTF8.GetString(protector.Unprotect(WebEncoders.Base64UrlDecode(token)));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
