using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace FrontDoor.Features.Tracking;

/// <summary>Signed links that let the person who made a request see it without typing their email again.</summary>
public sealed class TrackingLinks(IDataProtectionProvider protection)
{
    readonly IDataProtector protector = protection.CreateProtector("FrontDoor.Tracking.v1");

    public string Token(string reference) => WebEncoders.Base64UrlEncode(protector.Protect(System.Text.Encoding.UTF8.GetBytes(reference)));

    public bool IsValid(string reference, string? token)
    {
        if (string.IsNullOrEmpty(token)) return false;
        try
        {
            var bytes = protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return System.Text.Encoding.UTF8.GetString(bytes) == reference;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }
    }

    public string Url(string siteBase, string reference) => $"{siteBase.TrimEnd('/')}/track/{reference}?token={Token(reference)}";
}
