using System.ComponentModel.DataAnnotations;

namespace FrontDoor.Shared.Council;

/// <summary>Who the council is and how it looks: configuration, never code.</summary>
public class CouncilOptions
{
    [Required] public string Name { get; set; } = "Ashworth Borough Council";
    /// <summary>Path or URL of the logo shown in the header; the name is shown as text when empty.</summary>
    public string? LogoUrl { get; set; }
    [Required, RegularExpression("^#[0-9a-fA-F]{6}$", ErrorMessage = "Council:BrandColour must be a colour like #1d70b8")]
    public string BrandColour { get; set; } = "#0b0c0c";
    public string Phone { get; set; } = "01632 960 000";
    public string Email { get; set; } = "contact@ashworth.example.gov.uk";
    public string Address { get; set; } = "Town Hall, Market Square, Ashworth FD1 1AA";
    public string OpeningHours { get; set; } = "Monday to Friday, 9am to 5pm";
    /// <summary>The public address of this site, used in links in emails. Taken from the request when empty.</summary>
    [Url] public string? PublicUrl { get; set; }
}
