namespace FrontDoor.Shared;

/// <summary>
/// How the background jobs run: a round at every tick, repeated at once while it says there is more to do.
/// A failed round is logged and tried again at the next tick, so one bad moment never stops a job.
/// </summary>
public static class JobLoop
{
    public static async Task RunAsync(string job, TimeSpan every, TimeProvider clock, ILogger log,
        Func<CancellationToken, Task<bool>> roundLeftMore, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(every, clock);
        do
        {
            try
            {
                while (await roundLeftMore(stoppingToken)) { }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(ex, "{Job} round failed; it will be tried again", job);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
