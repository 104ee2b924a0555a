using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using FrontDoor.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Shared;

/// <summary>
/// Every page and endpoint in the route table, sent a fixed corpus of hostile values in every route parameter, in
/// the query string and in the body (as a form, as JSON, with the wrong content type, too many fields, deep nesting),
/// by a signed-in administrator with a valid anti-forgery token and an API key with every scope. Nothing is a 5xx.
/// </summary>
public abstract partial class HostileInputTests(TestApp app)
{
    static readonly string[] Values =
    [
        "\0", "a\u0001b\u001F", "\uFFFE\uFFFF", "%00", "../../../etc/passwd", "-1", "0", "2147483648", "99999999999999999999", "1e308", "NaN",
        "-Infinity", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "2026-13-45T25:61:61+99:99", "<script>alert(1)</script>", "' OR 1=1 --",
        "{{reference}}", "\r\nSet-Cookie: x=1", "💥Łódź", "[]", "{\"a\":", "/\\evil.example", "javascript:alert(1)", new string('x', 5000),
    ];

    /// <summary>Every field name any form or endpoint reads, so each handler meets the corpus in its own fields.</summary>
    static readonly string[] Names =
    [
        "q", "query", "page", "view", "status", "service", "ward", "channel", "team", "reference", "token", "id", "returnUrl", "handler", "change",
        "service_code", "service_request_id", "start_date", "end_date", "lat", "long", "api_key", "jurisdiction_id", "cursor", "limit", "template",
        "email", "fullName", "phone", "postcode", "uprn", "description", "answer", "answer-day", "answer-month", "answer-year", "message", "note",
        "version", "priority", "assignee", "needs", "interpreterLanguage", "code", "password", "contact", "summary", "mpName", "enquiry", "location",
        "resolvedAtFirstContact", "updated_datetime", "update_id", "first_name", "last_name", "attribute[depth]", "attribute[fixmystreet_id]",
        "media_url", "address_id", "address_string", "text", "public", "url", "events", "name", "scopes", "requestsPerMinute", "contactBy",
        "paperless", "language", "displayName", "role", "reason", "roles", "active", "survivor", "keep", "customer", "alert", "date",
        "subject", "body", "caseReference", "title", "division", "brandColour", "address", "openingHours", "removeLogo", "score", "comment",
        "asAgent", "type", "label", "hint", "options", "showIfQuestion", "showIfValues", "slug", "period", "from-day", "from-month", "from-year",
        "to-day", "to-month", "to-year", "route", "useful", "return", "doing", "wentWrong", "improve", "kind",
        "about", "details", "putRight", "outcome", "response", "ombudsman", "csv",
    ];

    static readonly HashSet<string> FreeText = ["q", "description", "answer", "message", "note", "summary", "enquiry", "text", "fullName", "reason", "address_string", "body", "comment", "subject", "doing", "wentWrong", "improve", "details", "putRight", "response"];

    [GeneratedRegex(@"\{([^}:?]+)[^}]*\}")]
    private static partial Regex RouteParameter();

    /// <summary>The route table as concrete addresses: each parameter once with a real value and once with each hostile one.</summary>
    IEnumerable<(string Method, string Url, bool Real)> Targets(string reference, string slug)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var endpoint in endpoints)
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            string Fill(Func<string, string> value) => RouteParameter().Replace(pattern, m => value(m.Groups[1].Value));
            string Real(string name) => name switch
            {
                "reference" => reference, "slug" => slug, "questionId" => "depth", "format" => "json", "code" => slug, "documentName" => "v1",
                _ => "1",
            };
            // Signing out would end the test's own session part-way.
            if (pattern.EndsWith("/sign-out")) continue;
            foreach (var method in methods.Distinct())
            {
                yield return (method, Fill(Real), true);
                if (pattern.Contains('{'))
                    foreach (var value in Values)
                        yield return (method, Fill(name => Uri.EscapeDataString(value)), false);
            }
        }
    }

    static string Query(string value) => string.Join('&', Names.Select(n => $"{Uri.EscapeDataString(n)}={Uri.EscapeDataString(value)}"));

    [Fact]
    public async Task EveryRoute_HostileValuesEverywhere_NoServerError()
    {
        var service = await TestData.ServiceAsync(app);
        var c = await TestData.CaseAsync(app);
        var admin = StaffAccounts.As(app, await StaffAccounts.CreateAsync(app, StaffRole.Administrator, null));
        var (_, key) = await ApiTestClients.AllScopesAsync(app);
        admin.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        await admin.GetAsync("/staff");
        var token = admin.AntiforgeryToken;
        // A resident's draft too, so the form pages run their handlers rather than sending the caller to the start.
        await admin.GetAsync(JourneySteps.Start(service));
        await admin.SubmitAsync();

        var failures = new List<string>();
        async Task SendAsync(string method, string url, HttpContent? content)
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = content };
            HttpResponseMessage response;
            try { response = await admin.Client.SendAsync(request); }
            // The test server itself refuses some addresses (a NUL in a path) before FrontDoor sees them, as Kestrel does with a 400.
            catch (InvalidOperationException) { return; }
            if ((int)response.StatusCode >= 500) failures.Add($"{method} {url[..Math.Min(url.Length, 120)]} ({content?.Headers.ContentType}) answered {(int)response.StatusCode}");
        }

        foreach (var (method, url, real) in Targets(c.Reference, service.Slug))
        {
            var separator = url.Contains('?') ? '&' : '?';
            // A hostile value in the address: the request as it is. Real addresses meet the whole corpus in their fields.
            if (!real)
            {
                await SendAsync(method, url, method == "GET" ? null : new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
                continue;
            }
            if (method == "GET")
            {
                await SendAsync("GET", url, null);
                foreach (var value in Values) await SendAsync("GET", $"{url}{separator}{Query(value)}", null);
                continue;
            }
            // The corpus in the body the route reads: JSON for the REST API, a form for pages and Open311. (A body of the
            // other kind is a wrong content type, which every route meets below.)
            var readsJson = url.StartsWith("/api/");
            HttpContent Body(Func<string, string> value) => readsJson
                ? new StringContent("{" + string.Join(',', Names.Select(n => $"\"{n}\":{System.Text.Json.JsonSerializer.Serialize(value(n))}")) + "}", Encoding.UTF8, "application/json")
                : new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. Names.Select(n => new KeyValuePair<string, string>(n, value(n)))]);
            foreach (var value in Values) await SendAsync(method, url, Body(_ => value));
            // Values far past every limit in the fields that hold free text. (The corpus's 5,000 characters already pass
            // every field's own limit; a huge value in all 90 fields at once was 27MB a request.)
            var huge = new string('y', 300_000);
            await SendAsync(method, url, Body(name => FreeText.Contains(name) ? huge : "1"));
            // Wrong content types, broken and oversized bodies.
            await SendAsync(method, url, new StringContent("service_code=pothole&description=x", Encoding.UTF8, "application/json"));
            await SendAsync(method, url, new StringContent("{\"description\":\"x\"}", Encoding.UTF8, "application/x-www-form-urlencoded"));
            await SendAsync(method, url, new StringContent("--broken\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\nno end", Encoding.UTF8, "multipart/form-data"));
            await SendAsync(method, url, new StringContent("<xml/>", Encoding.UTF8, "text/xml"));
            await SendAsync(method, url, new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. Enumerable.Range(0, 1500).Select(i => new KeyValuePair<string, string>($"f{i}", "x"))]));
            await SendAsync(method, url, new StringContent(new string('[', 5000) + new string(']', 5000), Encoding.UTF8, "application/json"));
            await SendAsync(method, url, new StringContent("{\"service_code\":\"pothole\",\"answers\":{\"depth\":{\"a\":[1,{\"b\":null}]}},\"location\":{\"latitude\":1e400}}", Encoding.UTF8, "application/json"));
        }
        Assert.True(failures.Count == 0, $"{failures.Count} server errors:\n" + string.Join("\n", failures.Distinct().Take(60)));
    }
}

public class HostileInputTestsOnSqlite(SqliteApp app) : HostileInputTests(app);
public class HostileInputTestsOnPostgres(PostgresApp app) : HostileInputTests(app);
