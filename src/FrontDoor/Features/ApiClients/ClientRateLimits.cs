using System.Threading.RateLimiting;

namespace FrontDoor.Features.ApiClients;

/// <summary>
/// Each client's own allowance of requests a minute, shared by the REST API and Open311, so one busy
/// system cannot crowd out the others. A refusal says how long to wait.
/// </summary>
public sealed class ClientRateLimits : IDisposable
{
    readonly PartitionedRateLimiter<ApiClientUser> limiter = PartitionedRateLimiter.Create<ApiClientUser, long>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client.Id, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = Math.Max(1, client.RequestsPerMinute),
            Window = TimeSpan.FromMinutes(1),
        }));

    /// <summary>Null when the request may go ahead; otherwise how long the client should wait.</summary>
    public TimeSpan? TryAcquire(ApiClientUser client)
    {
        using var lease = limiter.AttemptAcquire(client);
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => limiter.Dispose();
}
