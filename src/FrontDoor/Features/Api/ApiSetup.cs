using System.Text.Json;
using FrontDoor.Features.ApiClients;
using FrontDoor.Shared;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.OpenApi;

namespace FrontDoor.Features.Api;

/// <summary>The REST API at /api/v1: keyed, scoped, rate-limited per client, described by OpenAPI at /api/v1/openapi.json.</summary>
public static class ApiSetup
{
    public const string AnyClient = "api:client";

    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.DictionaryKeyPolicy = null;
            o.SerializerOptions.Converters.Add(new Shared.TextFromOutside.JsonConverter());
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AnyClient, p => p.AddAuthenticationSchemes(ApiClientUser.Scheme).RequireAuthenticatedUser());
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new() { Title = "FrontDoor API", Version = "v1", Description = "Cases, customers, the service catalogue, appointments, call backs, support tasks and webhooks. Send your key as \"Authorization: Bearer <key>\"." };
            // The server is the site the document was fetched from, named without the trailing slash generators would double.
            foreach (var server in document.Servers ?? []) server.Url = server.Url?.TrimEnd('/');
            document.Describe("Services", "The council's service catalogue, each service with the form a case of it answers");
            document.Describe("Cases", "Requests and reports: created through the same intake as every channel, moved through the same workflow as staff use");
            document.Describe("Customers", "Customer records, for connected systems trusted with personal data (customers:read)");
            document.Describe("Webhooks", "Signed notifications of case, customer, appointment and call back events, sent to the client's own address");
            document.Describe("Appointments", "Appointment types, free times, and booking, moving and cancelling, with the same checks as the pages (appointments:write)");
            document.Describe("Call backs", "Asking for a call back in a free window, and the call backs waiting (callbacks:write)");
            document.Describe("Support", "Interpreters, lipspeakers and letters in other formats to arrange (support:read)");
            document.Components ??= new();
            document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
            {
                ["api-key"] = new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = "bearer", Description = "An API key issued by the council's administrators" },
            };
            document.Security = [new() { [new OpenApiSecuritySchemeReference("api-key", document)] = [] }];
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapOpenApi("/api/{documentName}/openapi.json");
        // Every call may be refused for its key, its scope or its rate: said once here, for every operation.
        var api = app.MapGroup("/api/v1").RequireAuthorization(AnyClient).AddEndpointFilter(ApiClientsSetup.RateLimitFilter)
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status429TooManyRequests);
        ServicesApi.Map(api.MapGroup("/services").WithTags("Services"));
        CasesApi.Map(api.MapGroup("/cases").WithTags("Cases"));
        CustomersApi.Map(api.MapGroup("/customers").WithTags("Customers"));
        Webhooks.WebhooksApi.Map(api.MapGroup("/webhooks").WithTags("Webhooks"));
        Appointments.AppointmentsApi.Map(api.MapGroup("/appointments").WithTags("Appointments"));
        Callbacks.CallbacksApi.Map(api.MapGroup("/callbacks").WithTags("Call backs"));
        SupportTasks.SupportTasksApi.Map(api.MapGroup("/support-tasks").WithTags("Support"));
        return app;
    }
}
