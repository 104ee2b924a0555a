using FrontDoor.Features.Catalogue;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Cases;
using FrontDoor.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Tests.Api;

/// <summary>The REST API as a connected system uses it: keys and scopes, cases, customers, problem details, limits.</summary>
public abstract class ApiTests(TestApp app)
{
    static object Report(Service service, string? name = "Rhys Roads", string? email = null, string depth = "deep") => new
    {
        service_code = service.Slug,
        answers = new Dictionary<string, object> { ["where_on_road"] = "road", ["depth"] = depth, ["description"] = "Hole by the school gate" },
        location = new { latitude = 53.74, longitude = -2.47 },
        contact = new { name, email = email ?? $"rhys-{Guid.NewGuid():N}@example.com" },
        external_id = "WMS-" + Guid.NewGuid().ToString("N")[..8],
    };

    static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await JsonAsync(response);
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    [Fact]
    public async Task OpenApiDocument_DescribesEveryApiRouteAndTheKeyScheme()
    {
        var document = await JsonAsync(await app.CreateClient().GetAsync("/api/v1/openapi.json"));
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        string[] expected = ["/api/v1/cases", "/api/v1/cases/{reference}", "/api/v1/cases/{reference}/status", "/api/v1/cases/{reference}/updates",
            "/api/v1/customers", "/api/v1/customers/{id}", "/api/v1/services", "/api/v1/services/{code}", "/api/v1/services/{code}/dates",
            "/api/v1/webhooks", "/api/v1/webhooks/{id}", "/api/v1/webhooks/{id}/deliveries", "/performance/data.csv", "/performance/data.json",
            "/api/v1/appointments", "/api/v1/appointments/types", "/api/v1/appointments/types/{slug}/free", "/api/v1/appointments/{reference}",
            "/api/v1/appointments/{reference}/cancel", "/api/v1/appointments/{reference}/move",
            "/api/v1/callbacks", "/api/v1/callbacks/windows", "/api/v1/support-tasks"];
        Assert.Equal(expected.Order(), paths.Order());
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("api-key").GetProperty("scheme").GetString());
        Assert.True(document.GetProperty("paths").GetProperty("/api/v1/cases").GetProperty("post").GetProperty("responses").TryGetProperty("201", out _));
    }

    [Fact]
    public async Task OpenApiDocument_PassesTheStandardLinter()
    {
        var file = Path.Combine(Path.GetTempPath(), $"frontdoor-openapi-{Guid.NewGuid():N}.json");
        // Fetched as from a council's own address: the document names the server it was fetched from.
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://frontdoor.ashworth.test") });
        await File.WriteAllTextAsync(file, await client.GetStringAsync("/api/v1/openapi.json"));
        try
        {
            var (exitCode, output) = await TestSupport.RunNodeToolAsync("redocly", "lint", "--config", TestSupport.File("redocly.yaml"), file);
            // Errors fail the lint; warnings only say "You have N warnings".
            Assert.True(exitCode == 0 && !System.Text.RegularExpressions.Regex.IsMatch(output, @"You have \d+ warning"), output);
        }
        finally { File.Delete(file); }
    }

    [Fact]
    public async Task NoKeyOrWrongKeyOrScope_401And403AsProblemDetails()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, readOnly) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases]);
        var none = await ProblemAsync(await ApiTestClients.Http(app, null).GetAsync("/api/v1/cases"), HttpStatusCode.Unauthorized);
        Assert.Contains("Bearer", none.GetProperty("detail").GetString());
        await ProblemAsync(await ApiTestClients.Http(app, "fd_wrong").GetAsync("/api/v1/cases"), HttpStatusCode.Unauthorized);
        var http = ApiTestClients.Http(app, readOnly);
        await ProblemAsync(await http.PostAsJsonAsync("/api/v1/cases", Report(service)), HttpStatusCode.Forbidden);
        await ProblemAsync(await http.GetAsync("/api/v1/customers?q=Smith"), HttpStatusCode.Forbidden);
        await ProblemAsync(await http.GetAsync("/api/v1/webhooks"), HttpStatusCode.Forbidden);
        // The header form works too.
        var header = app.CreateClient();
        header.DefaultRequestHeaders.Add("X-Api-Key", readOnly);
        Assert.Equal(HttpStatusCode.OK, (await header.GetAsync("/api/v1/cases?limit=1")).StatusCode);
    }

    [Fact]
    public async Task CreateCase_ThroughIntake_201WithLocationAndReadableBack()
    {
        var service = await TestData.ServiceAsync(app);
        var (clientId, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases, ApiScopes.ReadCases]);
        var http = ApiTestClients.Http(app, key);
        var response = await http.PostAsJsonAsync("/api/v1/cases", Report(service));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await JsonAsync(response);
        var reference = created.GetProperty("reference").GetString()!;
        Assert.Equal($"/api/v1/cases/{reference}", response.Headers.Location!.ToString());
        Assert.Equal("open", created.GetProperty("status").GetString());
        Assert.Equal("api", created.GetProperty("channel").GetString());

        var read = await JsonAsync(await http.GetAsync(response.Headers.Location));
        Assert.Equal(["deep"], read.GetProperty("case").GetProperty("answers").GetProperty("depth").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("created", read.GetProperty("timeline")[0].GetProperty("type").GetString());
        await using var scope = app.Scope(out var db);
        Assert.Equal(clientId, (await db.Cases.SingleAsync(c => c.Reference == reference)).ApiClientId);
        await ProblemAsync(await http.GetAsync("/api/v1/cases/ZZZZ-ZZZZ"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateCase_SameExternalIdAgainOrAtOnce_AnsweredWithTheOneCaseItMade()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        var (_, otherKey) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        var report = Report(service);
        var http = ApiTestClients.Http(app, key);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => http.PostAsJsonAsync("/api/v1/cases", report)));
        responses = [.. responses, await http.PostAsJsonAsync("/api/v1/cases", report)];
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var references = await Task.WhenAll(responses.Select(async r => (await JsonAsync(r)).GetProperty("reference").GetString()));
        var reference = Assert.Single(references.Distinct());
        Assert.Equal($"/api/v1/cases/{reference}", responses[^1].Headers.Location!.ToString());

        // Another client's id is its own, however alike.
        var others = await JsonAsync(await ApiTestClients.Http(app, otherKey).PostAsJsonAsync("/api/v1/cases", report));
        Assert.NotEqual(reference, others.GetProperty("reference").GetString());
        await using var scope = app.Scope(out var db);
        Assert.Equal(1, await db.Cases.CountAsync(c => c.Reference == reference));
    }

    [Fact]
    public async Task CreateCase_BadInput_400WithAnErrorPerField()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases]);
        var http = ApiTestClients.Http(app, key);
        var problem = await ProblemAsync(await http.PostAsJsonAsync("/api/v1/cases", Report(service, name: null, email: "nope", depth: "bottomless")), HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.Equal("Select how deep it is", errors.GetProperty("answers.depth")[0].GetString());
        Assert.Equal("Enter your full name", errors.GetProperty("contact.name")[0].GetString());
        Assert.StartsWith("Enter an email address", errors.GetProperty("contact.email")[0].GetString());

        var unknownService = await ProblemAsync(await http.PostAsJsonAsync("/api/v1/cases", new { service_code = "unicorns" }), HttpStatusCode.BadRequest);
        Assert.True(unknownService.GetProperty("errors").TryGetProperty("service_code", out _));
        var unknownAnswer = await ProblemAsync(await http.PostAsJsonAsync("/api/v1/cases",
            new { service_code = service.Slug, answers = new { colour = "black" } }), HttpStatusCode.BadRequest);
        Assert.Contains("does not ask colour", unknownAnswer.GetProperty("errors").GetProperty("answers.colour")[0].GetString());
        var longId = await ProblemAsync(await http.PostAsJsonAsync("/api/v1/cases", new
        {
            service_code = service.Slug, answers = new Dictionary<string, object> { ["where_on_road"] = "road", ["depth"] = "deep" },
            location = new { latitude = 53.74, longitude = -2.47 }, contact = new { name = "Rhys Roads" }, external_id = new string('7', 5000),
        }), HttpStatusCode.BadRequest);
        Assert.Equal("Your system's id for the request must be 200 characters or less", longId.GetProperty("errors").GetProperty("external_id")[0].GetString());
    }

    [Fact]
    public async Task ListCases_CursorPagination_EachCaseOnceAndFiltersApply()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases, ApiScopes.ReadCases]);
        var http = ApiTestClients.Http(app, key);
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var made = new List<string>();
        for (var i = 0; i < 5; i++)
            made.Add((await JsonAsync(await http.PostAsJsonAsync("/api/v1/cases", Report(service)))).GetProperty("reference").GetString()!);

        var seen = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await JsonAsync(await http.GetAsync($"/api/v1/cases?service_code={service.Slug}&status=open&limit=2&updated_since={Uri.EscapeDataString(since.ToString("O"))}{(cursor is null ? "" : "&cursor=" + cursor)}"));
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("reference").GetString()!));
            Assert.All(page.GetProperty("items").EnumerateArray(), c => Assert.Equal(service.Slug, c.GetProperty("service_code").GetString()));
            cursor = page.GetProperty("next_cursor").GetString();
            pages++;
        } while (cursor is not null && pages < 100);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Subset(seen.ToHashSet(), made.ToHashSet());
        Assert.True(pages >= 3);

        var bad = await ProblemAsync(await http.GetAsync("/api/v1/cases?cursor=rubbish&limit=500&status=asleep"), HttpStatusCode.BadRequest);
        Assert.Equal(["cursor", "limit", "status"], bad.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task UpdatesAndStatus_ThroughTheWorkflow_PublicUpdateReachesTheCustomerAndStaleVersionConflicts()
    {
        var service = await TestData.ServiceAsync(app);
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.WriteCases, ApiScopes.ReadCases]);
        var http = ApiTestClients.Http(app, key);
        var reference = (await JsonAsync(await http.PostAsJsonAsync("/api/v1/cases", Report(service)))).GetProperty("reference").GetString()!;

        var note = await JsonAsync(await http.PostAsJsonAsync($"/api/v1/cases/{reference}/updates", new { text = "Crew notes: needs a road closure", @public = false }));
        Assert.Contains(note.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("type").GetString() == "internal_note" && !t.GetProperty("public").GetBoolean());
        // A connected system's own braces are kept as written; only wording placeholders FrontDoor knows are filled.
        await http.PostAsJsonAsync($"/api/v1/cases/{reference}/updates", new { text = "Gang {{ crew_code }} booked", @public = true });
        var update = await JsonAsync(await http.PostAsJsonAsync($"/api/v1/cases/{reference}/updates", new { text = "We will repair it this week ({{ reference }})", @public = true }));
        var version = update.GetProperty("version").GetInt32();

        var needsMessage = await ProblemAsync(await http.PostAsJsonAsync($"/api/v1/cases/{reference}/status", new { status = "fixed" }), HttpStatusCode.BadRequest);
        Assert.True(needsMessage.GetProperty("errors").TryGetProperty("message", out _));
        var stale = await ProblemAsync(await http.PostAsJsonAsync($"/api/v1/cases/{reference}/status", new { status = "fixed", message = "Repaired", version = version - 1 }), HttpStatusCode.Conflict);
        Assert.Contains("Someone else changed this case", stale.GetProperty("detail").GetString());
        var fixedCase = await JsonAsync(await http.PostAsJsonAsync($"/api/v1/cases/{reference}/status", new { status = "fixed", message = "Repaired", version }));
        Assert.Equal("fixed", fixedCase.GetProperty("case").GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, fixedCase.GetProperty("case").GetProperty("resolved_at").ValueKind);

        await using var scope = app.Scope(out var db);
        var c = await db.Cases.SingleAsync(x => x.Reference == reference);
        Assert.Equal(CaseStatus.Fixed, c.Status);
        var subjects = await db.OutboxMessages.Where(m => m.CaseId == c.Id).Select(m => m.Body).ToListAsync();
        Assert.Contains(subjects, b => b.Contains($"We will repair it this week ({reference})"));
        Assert.Contains(subjects, b => b.Contains("Gang {{ crew_code }} booked"));
        Assert.DoesNotContain(subjects, b => b.Contains("road closure"));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.CaseId == c.Id && a.ApiClientId != null && a.StaffId == 0));
    }

    [Fact]
    public async Task Customers_ReadAndSearch_NeedTheScopeAndAreAudited()
    {
        var (clientId, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCustomers]);
        var c = await TestData.CaseAsync(app);
        var http = ApiTestClients.Http(app, key);
        var customer = await JsonAsync(await http.GetAsync($"/api/v1/customers/{c.CustomerId}"));
        Assert.Equal("Pat Pothole", customer.GetProperty("name").GetString());
        var found = await JsonAsync(await http.GetAsync($"/api/v1/customers?q={Uri.EscapeDataString(customer.GetProperty("email").GetString()!)}"));
        Assert.Equal(c.CustomerId, Assert.Single(found.EnumerateArray()).GetProperty("id").GetInt64());
        await ProblemAsync(await http.GetAsync("/api/v1/customers?q=x"), HttpStatusCode.BadRequest);
        await ProblemAsync(await http.GetAsync("/api/v1/customers/999999999"), HttpStatusCode.NotFound);

        await using var scope = app.Scope(out var db);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.ApiClientId == clientId && a.CustomerId == c.CustomerId && a.Action.Contains("Read customer")));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.ApiClientId == clientId && a.Action.Contains("Searched customers")));
    }

    [Fact]
    public async Task Services_CatalogueWithFormSchema()
    {
        var (_, key) = await ApiTestClients.CreateAsync(app, []);
        var http = ApiTestClients.Http(app, key);
        var service = await TestData.ServiceAsync(app, s => s.Form = TestData.NoiseForm);
        var noise = await JsonAsync(await http.GetAsync($"/api/v1/services/{service.Slug}"));
        var form = noise.GetProperty("form");
        Assert.Equal(["source", "when", "description"], form.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal("array", form.GetProperty("properties").GetProperty("when").GetProperty("type").GetString());
        Assert.Equal(["day", "evening", "night"], form.GetProperty("properties").GetProperty("when").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
        Assert.True(form.GetProperty("location_required").GetBoolean());
        Assert.Contains((await JsonAsync(await http.GetAsync("/api/v1/services"))).EnumerateArray(), s => s.GetProperty("code").GetString() == service.Slug);
        await ProblemAsync(await http.GetAsync("/api/v1/services/unicorns"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OverTheClientsAllowance_429ProblemWithRetryAfter()
    {
        var (_, key) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases], perMinute: 3);
        var http = ApiTestClients.Http(app, key);
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/api/v1/cases?limit=1")).StatusCode);
        var refused = await http.GetAsync("/api/v1/cases?limit=1");
        await ProblemAsync(refused, HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single()) is > 0 and <= 60);
        // Another client is not held back by this one.
        var (_, other) = await ApiTestClients.CreateAsync(app, [ApiScopes.ReadCases]);
        Assert.Equal(HttpStatusCode.OK, (await ApiTestClients.Http(app, other).GetAsync("/api/v1/cases?limit=1")).StatusCode);
    }
}

public class ApiTestsOnSqlite(SqliteApp app) : ApiTests(app);
public class ApiTestsOnPostgres(PostgresApp app) : ApiTests(app);
