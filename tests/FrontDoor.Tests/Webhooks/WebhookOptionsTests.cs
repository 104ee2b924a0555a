using FrontDoor.Features.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.Webhooks;

/// <summary>Webhook settings that would stop the dispatcher working are refused when FrontDoor starts, by name.</summary>
public class WebhookOptionsTests
{
    [Theory]
    [InlineData("Webhooks:FanOutBatchSize", "0")]
    [InlineData("Webhooks:BatchSize", "-1")]
    [InlineData("Webhooks:PollSeconds", "0")]
    public void ASettingThatWouldStallTheDispatcher_IsRefused(string key, string value)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration[key] = value;
        builder.AddWebhooks();
        using var services = builder.Services.BuildServiceProvider();

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<WebhookOptions>>().Value);
        Assert.Contains(key.Split(':')[1], refused.Message);
    }
}
