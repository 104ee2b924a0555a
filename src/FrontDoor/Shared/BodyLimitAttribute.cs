using Microsoft.AspNetCore.Http.Metadata;

namespace FrontDoor.Shared;

/// <summary>
/// The most a request to this page may send, set by routing before anything reads the body. MVC's own
/// <c>[RequestSizeLimit]</c> sets it a second time, as a filter, after the edge has read (and cleaned) a url-encoded
/// form, and then logs a warning for every such post, such as "Remove" on the upload page.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class BodyLimitAttribute(long bytes) : Attribute, IRequestSizeLimitMetadata
{
    public long? MaxRequestBodySize => bytes;
}
