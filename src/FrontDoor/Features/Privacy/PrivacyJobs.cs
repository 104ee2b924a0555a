using FrontDoor.Data;
using FrontDoor.Shared;
using Microsoft.Extensions.Options;

namespace FrontDoor.Features.Privacy;

/// <summary>Applies the retention schedule once a day (or only reports, with Retention:ReportOnly).</summary>
public sealed class RetentionJob(IServiceScopeFactory scopes, TimeProvider clock, IOptions<RetentionOptions> options, ILogger<RetentionJob> log) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Enabled
            ? JobLoop.RunAsync("Retention", TimeSpan.FromDays(1), clock, log, async ct =>
            {
                using var scope = scopes.CreateScope();
                var report = await scope.ServiceProvider.GetRequiredService<Retention>().RunAsync(options.Value.ReportOnly, null, ct);
                log.LogInformation("{Report}", report.Text);
                return false;
            }, stoppingToken)
            : Task.CompletedTask;
}

public static class PrivacyCommands
{
    public static readonly AppCommand ApplyRetention = new("apply-retention", "[--report-only]",
        "Anonymises and deletes what has passed the retention schedule now, printing its progress; --report-only says what it would do and changes nothing",
        async (app, args) =>
        {
            await app.PrepareDatabaseAsync();
            using var scope = app.Services.CreateScope();
            var report = await scope.ServiceProvider.GetRequiredService<Retention>()
                .RunAsync(args.Contains("--report-only"), new Progress<string>(line => Console.Error.WriteLine(line)), default);
            Console.WriteLine(report.Text);
            return 0;
        });

    public static readonly AppCommand ExportSubjectAccess = new("export-subject-access", "<customer id> <file.zip>",
        "Writes everything FrontDoor holds about a customer (and the records merged into theirs) to a zip, for a subject access request",
        async (app, args) =>
        {
            if (args is not [var id, var path] || !long.TryParse(id, out var customerId))
            {
                await Console.Error.WriteLineAsync("Give the customer's number and the file to write: export-subject-access 1042 request.zip");
                return 2;
            }
            await app.PrepareDatabaseAsync();
            using var scope = app.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
            if (await CustomerData.FindAsync(db, customerId, default) is not { } data)
            {
                await Console.Error.WriteLineAsync($"There is no customer {customerId}");
                return 1;
            }
            await using (var file = File.Create(path))
                Console.WriteLine($"Wrote {await scope.ServiceProvider.GetRequiredService<SubjectAccessExport>().WriteAsync(data, file, default)} files to {path}");
            var audit = scope.ServiceProvider.GetRequiredService<Audit.AuditLog>();
            audit.Add(Audit.Actor.System($"export-subject-access, run by {Environment.UserName}"), "Exported everything held about the customer (subject access)", null, customerId);
            await db.SaveChangesAsync();
            return 0;
        });
}

public static class PrivacySetup
{
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration("Retention").ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<SubjectAccessExport>();
        builder.Services.AddScoped<CaseAnonymiser>();
        builder.Services.AddScoped<CustomerErasure>();
        builder.Services.AddScoped<Retention>();
        builder.Services.AddHostedService<RetentionJob>();
        builder.Services.AddCommand(PrivacyCommands.ApplyRetention);
        builder.Services.AddCommand(PrivacyCommands.ExportSubjectAccess);
        return builder;
    }
}
