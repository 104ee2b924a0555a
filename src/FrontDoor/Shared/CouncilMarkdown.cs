using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;

namespace FrontDoor.Shared;

/// <summary>
/// Content council staff write in Markdown (start pages, content pages), rendered with GOV.UK typography. Raw HTML is
/// shown as text, never passed through, and links go only to web, email and phone addresses or pages on this site.
/// </summary>
public static class CouncilMarkdown
{
    static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().UseAutoLinks().Build();

    public static IHtmlContent ToHtml(string? markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock h:
                    // The page's own title is the only h1: "#" and "##" in the content are both sections (h2).
                    h.Level = Math.Clamp(h.Level, 2, 4);
                    h.GetAttributes().AddClass(h.Level == 2 ? "govuk-heading-m" : "govuk-heading-s");
                    break;
                case ParagraphBlock p when p.Parent is not ListItemBlock:
                    p.GetAttributes().AddClass("govuk-body");
                    break;
                case ListBlock l:
                    l.GetAttributes().AddClass(l.IsOrdered ? "govuk-list govuk-list--number" : "govuk-list govuk-list--bullet");
                    break;
                case QuoteBlock q:
                    q.GetAttributes().AddClass("govuk-inset-text");
                    break;
                case ThematicBreakBlock t:
                    t.GetAttributes().AddClass("govuk-section-break govuk-section-break--m govuk-section-break--visible");
                    break;
                case LinkInline link:
                    if (!IsSafe(link.Url)) link.Url = "";
                    link.GetAttributes().AddClass("govuk-link");
                    break;
            }
        }
        return new HtmlString(document.ToHtml(Pipeline));
    }

    /// <summary>Web, email and phone links, and paths on this site; nothing that runs script or opens a file.</summary>
    public static bool IsSafe(string? url) =>
        url is not null && (url.StartsWith('/') && !url.StartsWith("//") || url.StartsWith('#')
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" or "mailto" or "tel"));
}
