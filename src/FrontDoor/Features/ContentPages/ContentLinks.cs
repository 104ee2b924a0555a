namespace FrontDoor.Features.ContentPages;

public static class ContentLinks
{
    /// <summary>Where a standard page is read: the performance introduction heads the published figures, the rest are help pages.</summary>
    public static string Page(string slug) => slug == StandardPages.Performance ? PublicPerformance : $"/help/{slug}";
    public const string PublicPerformance = "/performance";
    public const string Admin = "/staff/admin/content";
    public static string Edit(string slug) => $"{Admin}/{slug}";
}
