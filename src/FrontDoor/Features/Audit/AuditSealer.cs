using FrontDoor.Data;

namespace FrontDoor.Features.Audit;

/// <summary>Seals new audit entries into the chain every few seconds (<c>Audit:SealSeconds</c>), on whichever node gets there first.</summary>
public sealed class AuditSealer(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<AuditSealer> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Shared.JobLoop.RunAsync("Audit sealing", TimeSpan.FromSeconds(configuration.GetValue("Audit:SealSeconds", 5.0)), clock, log, async ct =>
        {
            using var scope = scopes.CreateScope();
            return await AuditChain.SealAsync(scope.ServiceProvider.GetRequiredService<FrontDoorDb>(), ct) > 0;
        }, stoppingToken);
}

/// <summary><c>verify-audit</c>: walks the chain and says whether it holds; exit status 0 when it does, 1 naming the first broken entry.</summary>
public static class VerifyAuditCommand
{
    public static readonly Shared.AppCommand Command = new("verify-audit", "",
        "Checks that no audit entry has been changed, removed or reordered since it was sealed; exit status 1 names the first that was", RunAsync);

    static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        var result = await AuditChain.VerifyAsync(db, new Progress<long>(n => Console.Error.WriteLine($"Checked {n:N0} entries")), default);
        Console.WriteLine(Describe(result));
        return result.Holds ? 0 : 1;
    }

    /// <summary>The verdict as an administrator reads it, on the page and the command line.</summary>
    public static string Describe(AuditChain.Verification v) => v.Problem switch
    {
        AuditChain.Problem.None => $"The audit log holds: {v.Checked:N0} entries checked, none changed or removed"
            + (v.Unsealed > 0 ? $"; {v.Unsealed:N0} written in the last few seconds are not sealed yet." : "."),
        AuditChain.Problem.Altered => $"The audit log has been altered: entry {v.BrokenEntryId} (number {v.BrokenSeq:N0} in the chain) is not as it was sealed.",
        AuditChain.Problem.Missing => $"The audit log has been altered: the entry numbered {v.BrokenSeq:N0} in the chain has been removed (entry {v.BrokenEntryId} follows the gap).",
    };
}
