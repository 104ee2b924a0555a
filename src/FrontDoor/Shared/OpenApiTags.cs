using Microsoft.OpenApi;

namespace FrontDoor.Shared;

public static class OpenApiTags
{
    /// <summary>
    /// Gives a tag of the API document its description, replacing the bare tag the generator made from the endpoints, so
    /// each feature describes its own tags in the one document.
    /// </summary>
    public static void Describe(this OpenApiDocument document, string name, string description)
    {
        document.Tags ??= new HashSet<OpenApiTag>();
        foreach (var bare in document.Tags.Where(t => t.Name == name).ToList()) document.Tags.Remove(bare);
        document.Tags.Add(new() { Name = name, Description = description });
    }
}
