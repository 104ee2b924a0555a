using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>
/// Drives pages as a browser without JavaScript would: follows links, fills forms (anti-forgery token
/// included, because it is in the form) and reads the HTML that comes back.
/// </summary>
public sealed class Browser(HttpClient client)
{
    public HttpClient Client => client;
    public HttpResponseMessage? LastResponse { get; private set; }
    public IDocument Page { get; private set; } = null!;

    public async Task<IDocument> GetAsync(string url)
    {
        LastResponse = await client.GetAsync(url);
        return Page = await ParseAsync(LastResponse);
    }

    /// <summary>Submits the form containing the named button (or the main form) with the given fields.</summary>
    public async Task<IDocument> SubmitAsync(IDictionary<string, string>? fields = null, string? button = null, IEnumerable<(string Name, string Value)>? extra = null)
    {
        var form = (button is null
            ? Page.QuerySelectorAll<IHtmlFormElement>("main form").Last()
            : Page.QuerySelectorAll<IHtmlFormElement>("form").First(f => f.QuerySelectorAll("button").Any(b => b.TextContent.Trim() == button)));
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
            values.Add(new(input.Name!, input.Value));
        foreach (var (k, v) in fields ?? new Dictionary<string, string>()) values.Add(new(k, v));
        foreach (var (k, v) in extra ?? []) values.Add(new(k, v));
        // A button may send its form somewhere else (formaction), as the browser would.
        var formAction = button is null ? null : form.QuerySelectorAll("button").First(b => b.TextContent.Trim() == button).GetAttribute("formaction");
        var action = formAction ?? (string.IsNullOrEmpty(form.GetAttribute("action")) ? LastResponse!.RequestMessage!.RequestUri!.PathAndQuery : form.GetAttribute("action")!);
        LastResponse = await PostFromPageAsync(action, new FormUrlEncodedContent(values));
        return Page = await ParseAsync(LastResponse);
    }

    /// <summary>A form sent from the page, which a browser says came from this site (as a crafted request from elsewhere cannot).</summary>
    Task<HttpResponseMessage> PostFromPageAsync(string action, HttpContent content)
    {
        var post = new HttpRequestMessage(HttpMethod.Post, action) { Content = content };
        post.Headers.Add("Sec-Fetch-Site", "same-origin");
        return client.SendAsync(post);
    }

    /// <summary>Submits the main form with a file, as multipart, the way a browser sends a form with a file input.</summary>
    public async Task<IDocument> SubmitWithFileAsync(IDictionary<string, string> fields, string fileField, byte[] content, string fileName, string contentType = "image/jpeg")
    {
        var form = Page.QuerySelectorAll<IHtmlFormElement>("main form").Last();
        var body = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")) body.Add(new StringContent(input.Value), input.Name!);
        foreach (var (k, v) in fields) body.Add(new StringContent(v), k);
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        body.Add(file, fileField, fileName);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? LastResponse!.RequestMessage!.RequestUri!.PathAndQuery : form.GetAttribute("action")!;
        LastResponse = await PostFromPageAsync(action, body);
        return Page = await ParseAsync(LastResponse);
    }

    /// <summary>Posts fields straight to an address, as a crafted request would, with the given anti-forgery token.</summary>
    public async Task<IDocument> SubmitRawAsync(string url, string? antiforgeryToken, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (antiforgeryToken is not null) values.Add(new("__RequestVerificationToken", antiforgeryToken));
        LastResponse = await client.PostAsync(url, new FormUrlEncodedContent(values));
        return Page = await ParseAsync(LastResponse);
    }

    /// <summary>Reads a response the test sent itself (a file upload, say) as the current page.</summary>
    public async Task<IDocument> GetFromResponseAsync(HttpResponseMessage response)
    {
        LastResponse = response;
        return Page = await ParseAsync(response);
    }

    public HttpStatusCode Status => LastResponse!.StatusCode;
    public string Path => LastResponse!.RequestMessage!.RequestUri!.AbsolutePath;

    public IReadOnlyList<string> ErrorSummary => Page.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim()).ToList();
    public IReadOnlyList<string> FieldErrors => Page.QuerySelectorAll(".govuk-error-message").Select(e => e.TextContent.Replace("Error:", "").Trim()).ToList();

    public string AntiforgeryToken => Page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;

    static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!));
    }
}
