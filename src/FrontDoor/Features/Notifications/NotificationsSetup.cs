namespace FrontDoor.Features.Notifications;

public static class NotificationsSetup
{
    public static WebApplicationBuilder AddNotifications(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().Bind(builder.Configuration.GetSection("Email")).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<OutboxOptions>().Bind(builder.Configuration.GetSection("Outbox"));
        builder.Services.AddSingleton<IEmailSender, SmtpEmailSender>();
        builder.Services.AddSingleton<CaseEmails>();
        builder.Services.AddSingleton<OutboxSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<OutboxSender>());
        return builder;
    }
}
