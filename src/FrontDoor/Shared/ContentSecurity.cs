namespace FrontDoor.Shared;

/// <summary>
/// The Content-Security-Policy every page is sent with: everything from FrontDoor itself, nothing from elsewhere, except
/// the image origins a feature adds for something the council has configured (such as its own map tiles).
/// </summary>
public sealed class ContentSecurityOptions
{
    public List<string> ImageOrigins { get; } = [];

    public string Header =>
        $"default-src 'self'; img-src {string.Join(' ', ["'self'", "data:", .. ImageOrigins.Distinct()])}; object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";
}
