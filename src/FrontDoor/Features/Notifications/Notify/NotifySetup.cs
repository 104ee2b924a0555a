using Microsoft.Extensions.Http.Resilience;

namespace FrontDoor.Features.Notifications.Notify;

public static class NotifySetup
{
    /// <summary>Registers Notify's client, its receipts and status checks; returns the channels it sends.</summary>
    public static IReadOnlySet<MessageKind> AddNotify(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotifyOptions>().BindConfiguration("Notify").ValidateDataAnnotations().ValidateOnStart();
        var notify = builder.Configuration.GetSection("Notify").Get<NotifyOptions>() ?? new();
        builder.Services.AddScoped<DeliveryReceipts>();
        // A POST is never repeated by the handler: Notify would send the message twice. The outbox retries it, with back-off.
        builder.Services.AddHttpClient<NotifyClient>(c => c.BaseAddress = new Uri(notify.BaseUrl.TrimEnd('/') + "/"))
            .AddStandardResilienceHandler(o => o.Retry.DisableForUnsafeHttpMethods());
        var kinds = Enum.GetValues<MessageKind>().Where(notify.Sends).ToHashSet();
        foreach (var kind in kinds)
            builder.Services.AddSingleton<IMessageSender>(sp => new NotifySender(kind, sp.GetRequiredService<NotifyClient>));
        if (kinds.Count > 0)
        {
            builder.Services.AddSingleton<DeliveryStatusChecks>();
            builder.Services.AddHostedService(sp => sp.GetRequiredService<DeliveryStatusChecks>());
        }
        return kinds;
    }

    public static void MapNotify(this IEndpointRouteBuilder app) => DeliveryReceiptsEndpoint.Map(app);
}
