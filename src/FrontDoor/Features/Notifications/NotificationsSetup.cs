using FrontDoor.Features.Notifications.Notify;

namespace FrontDoor.Features.Notifications;

public static class NotificationsSetup
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().Bind(builder.Configuration.GetSection("Email")).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection("Outbox")).ValidateDataAnnotations().ValidateOnStart();
        // Each channel through GOV.UK Notify once it is set up for it; until then email by SMTP, texts and letters to folders.
        var byNotify = builder.AddNotify();
        if (!byNotify.Contains(MessageKind.Email)) builder.Services.AddSingleton<IMessageSender, SmtpEmailSender>();
        var folders = builder.Configuration.GetValue("Messages:Folder", Path.Combine(builder.Environment.ContentRootPath, "data"))!;
        foreach (var (kind, folder) in new[] { (MessageKind.Sms, "sms"), (MessageKind.Letter, "letters") })
            if (!byNotify.Contains(kind)) builder.Services.AddSingleton<IMessageSender>(new FolderSender(kind, Path.Combine(folders, folder)));
        builder.Services.AddScoped<CaseNotifications>();
        builder.Services.AddScoped<BookingMessages>();
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return builder;
    }

    public static void MapNotifications(this IEndpointRouteBuilder app) => app.MapNotify();
}
