namespace FrontDoor.Features.Catalogue;

/// <summary>The public addresses of the catalogue: the A to Z, search, topics and each service's start page.</summary>
public static class CatalogueLinks
{
    public const string AtoZ = "/services";
    public const string Search = "/search";
    public const string Topics = "/browse";
    public static string Start(Service s) => Start(s.Slug);
    public static string Start(string slug) => $"/services/{slug}";
    public static string Topic(string topic) => $"{Topics}/{TopicSlug(topic)}";

    /// <summary>A topic's address: its words in lower case joined by hyphens ("Bins and recycling" is bins-and-recycling).</summary>
    public static string TopicSlug(string topic) => string.Join('-',
        new string([.. topic.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
