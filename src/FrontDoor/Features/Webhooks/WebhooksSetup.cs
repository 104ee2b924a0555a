namespace FrontDoor.Features.Webhooks;

public static class WebhooksSetup
{
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration("Webhooks").ValidateDataAnnotations()
            .Validate(o => o.AllowedNetworks.All(n => System.Net.IPNetwork.TryParse(n, out _)), "Webhooks:AllowedNetworks must be networks like 10.20.0.0/16").ValidateOnStart();
        builder.Services.AddSingleton<ReceiverAddresses>();
        // A receiver's redirect is not followed: the signed body goes only where it was subscribed, and only outside.
        builder.Services.AddHttpClient(WebhookDispatcher.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<ReceiverAddresses>().ConnectAsync,
            });
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        return builder;
    }
}
