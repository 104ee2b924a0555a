namespace FrontDoor.Features.Notifications;

public static class NotificationsSetup
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().Bind(builder.Configuration.GetSection("Email")).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection("Outbox")).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IMessageSender, SmtpEmailSender>();
        var folders = builder.Configuration.GetValue("Messages:Folder", Path.Combine(builder.Environment.ContentRootPath, "data"))!;
        builder.Services.AddSingleton<IMessageSender>(new FolderSender(MessageKind.Sms, Path.Combine(folders, "sms")));
        builder.Services.AddSingleton<IMessageSender>(new FolderSender(MessageKind.Letter, Path.Combine(folders, "letters")));
        builder.Services.AddScoped<CaseNotifications>();
        builder.Services.AddScoped<BookingMessages>();
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return builder;
    }
}
