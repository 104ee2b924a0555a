namespace FrontDoor.Features.Catalogue;

/// <summary>
/// Ranks services for what a resident typed. The catalogue is small (tens of services), so this is
/// plain scoring in memory: whole-word matches in the name count most, then keywords, then the summary.
/// </summary>
public static class ServiceSearch
{
    public static IReadOnlyList<Service> Rank(IEnumerable<Service> services, string? query)
    {
        var terms = Words(query ?? "").Where(t => t.Length > 1 && !StopWords.Contains(t)).Distinct().ToList();
        if (terms.Count == 0) return [];
        return services
            .Select(s => (Service: s, Score: Score(s, terms)))
            .Where(r => r.Score > 0)
            .OrderByDescending(r => r.Score).ThenBy(r => r.Service.Name)
            .Select(r => r.Service)
            .ToList();
    }

    static int Score(Service s, List<string> terms)
    {
        var name = Words(string.Join(' ', [s.Name, .. s.AzTitles])).ToHashSet();
        var keywords = Words(s.Keywords).ToHashSet();
        var summary = Words(s.Summary + " " + s.Category).ToHashSet();
        return terms.Sum(t => (name.Contains(t) ? 5 : 0) + (keywords.Contains(t) ? 3 : 0) + (summary.Contains(t) ? 1 : 0));
    }

    static IEnumerable<string> Words(string text) =>
        text.ToLowerInvariant().Split((char[])[' ', ',', '.', '-', '(', ')', '\'', '/', '?', '!', ':', ';'], StringSplitOptions.RemoveEmptyEntries).Select(Stem);

    /// <summary>Just enough stemming that "bins" finds "bin" and "potholes" finds "pothole".</summary>
    static string Stem(string word) =>
        word.Length > 4 && word.EndsWith("ies") ? word[..^3] + "y"
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss") ? word[..^1]
        : word;

    static readonly HashSet<string> StopWords = ["a", "an", "the", "my", "is", "to", "of", "for", "in", "on", "and", "or", "i", "it", "report", "how", "do", "can", "what"];
}
