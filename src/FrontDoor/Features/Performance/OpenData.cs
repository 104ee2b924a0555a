using System.Text.Json;
using FrontDoor.Data;
using FrontDoor.Shared.Council;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Performance;

/// <summary>
/// The council's performance as open data under the Open Government Licence: one row a whole month, service and channel,
/// at /performance/data.json and /performance/data.csv. Counts from 1 to 4 are withheld (null, or an empty cell).
/// The fields are described in docs/open-data.md.
/// </summary>
public static class OpenData
{
    public const string RateLimitPolicy = "open-data";
    public const string JsonPath = "/performance/data.json";
    public const string CsvPath = "/performance/data.csv";
    public const string Licence = "Open Government Licence v3.0";
    public const string LicenceUrl = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    public const string Suppression = "Counts from 1 to 4 are withheld (null) so that no one can be identified from them.";

    public sealed record PerformanceRow(string Month, string ServiceCode, string Service, int? StandardWorkingDays, int? StandardHours, string Channel,
        long? RequestsReceived, long? Resolved, long? ResolvedWithinStandard, long? ResolvedAtFirstContact, long? SatisfactionAnswers,
        long? Satisfied, long? ProgressChasingContacts);

    public sealed record PerformanceDataset(string Title, string Publisher, string Licence, string LicenceUrl, string Suppression, IReadOnlyList<PerformanceRow> Rows);

    public static readonly string[] Columns =
    [
        "month", "service_code", "service", "standard_working_days", "standard_hours", "channel", "requests_received", "resolved",
        "resolved_within_standard", "resolved_at_first_contact", "satisfaction_answers", "satisfied", "progress_chasing_contacts",
    ];

    public static void Map(WebApplication app)
    {
        var group = app.MapGroup("/performance").WithTags("Open data").RequireRateLimiting(RateLimitPolicy)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Open to everyone: no key, whatever the rest of the API asks for.
                operation.Security = [];
                return Task.CompletedTask;
            });
        group.MapGet("/data.json", async Task<Ok<PerformanceDataset>> (PublishedFigures figures, FrontDoorDb db, IOptions<CouncilOptions> options, CancellationToken ct) =>
                TypedResults.Ok(new PerformanceDataset($"{options.Value.Name}: requests and how they were dealt with, by month, service and channel",
                    options.Value.Name, Licence, LicenceUrl, Suppression, await RowsAsync(figures, db, ct))))
            .WithName("GetPerformanceData").WithSummary("The council's monthly performance figures as open data")
            .WithDescription("Requests received, resolved, resolved within the published service standard and at first contact, satisfaction " +
                "answers and progress-chasing contacts, for each whole month, service and channel. " + Suppression)
            .Produces(StatusCodes.Status429TooManyRequests);
        group.MapGet("/data.csv", async (PublishedFigures figures, FrontDoorDb db, CancellationToken ct) =>
                TypedResults.File(Csv(await RowsAsync(figures, db, ct)), "text/csv; charset=utf-8", "performance.csv"))
            .WithName("GetPerformanceDataCsv").WithSummary("The same figures as CSV, one row a month, service and channel")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").Produces(StatusCodes.Status429TooManyRequests);
    }

    static async Task<IReadOnlyList<PerformanceRow>> RowsAsync(PublishedFigures figures, FrontDoorDb db, CancellationToken ct)
    {
        var services = await db.Services.AsNoTracking().ToDictionaryAsync(s => s.Id, ct);
        return [.. (await figures.CellsAsync(ct)).Where(c => services.ContainsKey(c.ServiceId)).Select(c =>
        {
            var s = services[c.ServiceId];
            return new PerformanceRow(c.Month.ToString("yyyy-MM"), s.Slug, s.Name, s.StandardHours is null ? s.StandardDays : null, s.StandardHours,
                JsonNamingPolicy.SnakeCaseLower.ConvertName(c.Channel.ToString()),
                Withheld(c.Cases.Received), Withheld(c.Cases.Resolved), Withheld(c.Cases.WithinStandard), Withheld(c.Cases.FirstContact),
                Withheld(c.Cases.Answers), Withheld(c.Cases.Satisfied), Withheld(c.ProgressChasing));
        })];
    }

    static long? Withheld(long count) => Figure.Published(count).Withheld ? null : count;

    static byte[] Csv(IReadOnlyList<PerformanceRow> rows) => CsvFile.Of(Columns, rows.Select(r => (IReadOnlyList<string>)
        [r.Month, r.ServiceCode, r.Service, Text(r.StandardWorkingDays), Text(r.StandardHours), r.Channel, Text(r.RequestsReceived), Text(r.Resolved),
         Text(r.ResolvedWithinStandard), Text(r.ResolvedAtFirstContact), Text(r.SatisfactionAnswers), Text(r.Satisfied), Text(r.ProgressChasingContacts)]));

    static string Text(long? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "";
}
