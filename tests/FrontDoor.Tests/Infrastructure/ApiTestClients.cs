using System.Net.Http.Headers;
using FrontDoor.Features.ApiClients;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>API clients made the way an administrator makes them, each with only the scopes a test gives it.</summary>
public static class ApiTestClients
{
    public static async Task<(long Id, string Key)> CreateAsync(TestApp app, string[] scopes, int perMinute = 100_000)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (client, key) = await scope.ServiceProvider.GetRequiredService<ApiKeys>().CreateAsync($"Test client {Guid.NewGuid():N}", scopes, perMinute, default);
        return (client.Id, key);
    }

    public static Task<(long Id, string Key)> AllScopesAsync(TestApp app, int perMinute = 100_000) => CreateAsync(app, [.. ApiScopes.All.Keys], perMinute);

    /// <summary>An HTTP client that sends the key as a bearer token, as the REST API asks.</summary>
    public static HttpClient Http(TestApp app, string? key)
    {
        var http = app.CreateClient();
        if (key is not null) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }
}
