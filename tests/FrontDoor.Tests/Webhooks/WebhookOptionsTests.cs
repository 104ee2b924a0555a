using FrontDoor.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace FrontDoor.Tests.Webhooks;

/// <summary>Webhook settings that would stop the dispatcher working are refused when FrontDoor starts, by name.</summary>
public class WebhookOptionsTests(SqliteApp app)
{
    [Theory]
    [InlineData("Webhooks:FanOutBatchSize", "0")]
    [InlineData("Webhooks:BatchSize", "-1")]
    [InlineData("Webhooks:PollSeconds", "0")]
    public async Task ASettingThatWouldStallTheDispatcher_IsRefused(string key, string value)
    {
        var node = new OtherNode(app, false, (key, value));
        try
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(async () => await node.InitializeAsync());
            var validation = Assert.IsType<OptionsValidationException>(refused as OptionsValidationException ?? refused.GetBaseException());
            Assert.Contains(key.Split(':')[1], validation.Message);
        }
        finally
        {
            try { await node.DisposeAsync(); } catch (Exception) { /* a host that never started may not stop cleanly */ }
        }
    }
}
