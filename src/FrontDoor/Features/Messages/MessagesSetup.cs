namespace FrontDoor.Features.Messages;

public static class MessagesSetup
{
    public static WebApplicationBuilder AddMessages(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MessageWording>();
        builder.Services.AddSingleton<Catalogue.Held<(MessageKey, Notifications.MessageKind, string), MessageWording.OwnChoice>>();
        builder.Services.AddScoped<WordingPreview>();
        return builder;
    }
}
