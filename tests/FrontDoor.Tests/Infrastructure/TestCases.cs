using FrontDoor.Features.Cases;
using FrontDoor.Features.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDoor.Tests.Infrastructure;

/// <summary>Creates cases through the real intake, as the resident's form would, without walking every page.</summary>
public static class TestCases
{
    public static async Task<Case> PotholeAsync(TestApp app, string? email = null, Channel channel = Channel.Web)
    {
        var property = await Journey.AnyPropertyAsync(app);
        await using var scope = app.Scope(out var db);
        var service = await db.Services.AsNoTracking().SingleAsync(s => s.Slug == "pothole");
        var intake = scope.ServiceProvider.GetRequiredService<RequestIntake>();
        var result = await intake.SubmitAsync(new IntakeRequest(
            service,
            new Dictionary<string, List<string>> { ["where_on_road"] = ["road"], ["depth"] = ["deep"], ["description"] = ["Deep hole by the kerb"] },
            new LocationInput(property.Uprn),
            null,
            new ContactInput("Pat Pothole", email ?? $"pat-{Guid.NewGuid():N}@example.com", null),
            channel,
            "http://localhost"), default);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        return result.Case!;
    }
}
