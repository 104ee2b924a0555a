using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Features.Staff.SingleSignOn;

/// <summary>
/// Staff sign-in through the council's own identity provider (Microsoft Entra ID, Google Workspace, or any OpenID
/// Connect provider): configured by <c>Staff:Oidc</c>. Who may do what stays FrontDoor's: the provider only proves an email.
/// </summary>
public class SingleSignOnOptions : IValidatableObject
{
    /// <summary>The provider's issuer, such as https://login.microsoftonline.com/{tenant id}/v2.0 or https://accounts.google.com.</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    /// <summary>How staff know the provider, on the button: "Sign in with your council account".</summary>
    [StringLength(60)] public string DisplayName { get; set; } = "your council account";
    /// <summary>Only single sign-on: password sign-in is closed, except to the <see cref="BreakGlass"/> administrators.</summary>
    public bool Required { get; set; }
    /// <summary>Emails of administrators who may still sign in with a password and authenticator when single sign-on is required (for when the provider is down).</summary>
    public List<string> BreakGlass { get; set; } = [];
    /// <summary>
    /// Refuse an email the provider does not say it has verified (<c>email_verified</c>). Google says; Entra ID does not,
    /// and vouches for its own tenant's addresses: set false only with a single-tenant Entra ID authority.
    /// </summary>
    public bool RequireVerifiedEmail { get; set; } = true;
    /// <summary>Only for a provider on this machine in tests: production providers are HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority);

    public bool MayUsePassword(string email) =>
        !Required || BreakGlass.Any(b => string.Equals(b.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ValidationResult> Validate(ValidationContext context)
    {
        if (!IsConfigured)
        {
            if (Required) yield return new("Staff:Oidc:Required needs Staff:Oidc:Authority, ClientId and ClientSecret", [nameof(Required)]);
            yield break;
        }
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || authority.Scheme is not ("https" or "http"))
            yield return new("Staff:Oidc:Authority must be the provider's address, like https://accounts.google.com", [nameof(Authority)]);
        if (string.IsNullOrWhiteSpace(ClientId) || string.IsNullOrWhiteSpace(ClientSecret))
            yield return new("Staff:Oidc:ClientId and Staff:Oidc:ClientSecret are needed with Staff:Oidc:Authority", [nameof(ClientId)]);
    }
}
