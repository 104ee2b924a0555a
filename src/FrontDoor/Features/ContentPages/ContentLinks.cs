namespace FrontDoor.Features.ContentPages;

public static class ContentLinks
{
    public static string Page(string slug) => $"/help/{slug}";
    public const string Admin = "/staff/admin/content";
    public static string Edit(string slug) => $"{Admin}/{slug}";
}
