using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace FrontDoor.Features.Satisfaction;

/// <summary>A signed link to one case's satisfaction question, sent with the message that closes it: no sign-in, no guessing.</summary>
public sealed class SatisfactionLinks(IDataProtectionProvider protection)
{
    readonly IDataProtector protector = protection.CreateProtector("FrontDoor.Satisfaction.v1");

    public string Token(string reference) => WebEncoders.Base64UrlEncode(protector.Protect(System.Text.Encoding.UTF8.GetBytes(reference)));

    /// <summary>The case reference the token was made for, or null when it was not made by us.</summary>
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

    public static string Path(string token) => $"/feedback/{token}";
    public string Url(string siteBase, string reference) => $"{siteBase.TrimEnd('/')}{Path(Token(reference))}";
}
