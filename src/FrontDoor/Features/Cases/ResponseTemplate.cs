namespace FrontDoor.Features.Cases;

/// <summary>
/// Council-written wording for public updates. Placeholders in double braces are filled from the case:
/// {{reference}}, {{service}}, {{customer_name}}, {{due_date}}, {{council}}.
/// </summary>
public class ResponseTemplate
{
    public int Id { get; set; }
    /// <summary>The team it belongs to; null when every team may use it.</summary>
    public long? TeamId { get; set; }
    public Teams.Team? Team { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
}
