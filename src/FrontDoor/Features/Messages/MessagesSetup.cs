namespace FrontDoor.Features.Messages;

public static class MessagesSetup
{
    public static WebApplicationBuilder AddMessages(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<MessageWording>();
        builder.Services.AddScoped<WordingPreview>();
        return builder;
    }
}
