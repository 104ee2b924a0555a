namespace FrontDoor.Features.Queues;

public static class QueuesSetup
{
    public static WebApplicationBuilder AddQueues(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<QueueQuery>();
        return builder;
    }
}
