using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using FrontDoor.Shared;

namespace FrontDoor.Features.Open311;

/// <summary>Discovery, the service list and service definitions, made from the same form definitions as the web forms.</summary>
public static class Open311Services
{
    /// <summary>The question whose answer is Open311's core "description" parameter.</summary>
    public const string DescriptionQuestion = "description";

    public static IResult Discovery(string format, HttpContext context, IOptions<Shared.Council.CouncilOptions> council)
    {
        if (!Open311Format.IsKnown(format)) return Open311Format.Errors(Open311Format.Xml, 404, "Use .xml or .json");
        var changeset = new DateTime(2026, 11, 22, 0, 0, 0, DateTimeKind.Utc);
        return Open311Format.Single(format, "discovery", new Fields
        {
            { "changeset", changeset },
            { "contact", $"{council.Value.Name}: {council.Value.Email}, {council.Value.Phone}" },
            { "key_service", $"Ask {council.Value.Name} for an API key: {council.Value.Email}" },
            { "endpoints", new Repeated("endpoint", [new Fields
            {
                { "specification", "http://wiki.open311.org/GeoReport_v2" },
                { "url", $"{context.Request.SiteBase()}/open311/v2" },
                { "changeset", changeset },
                { "type", "production" },
                { "formats", new Repeated("format", ["text/xml", "application/json"]) },
            }]) },
        });
    }

    public static async Task<IResult> List(string format, FrontDoorDb db, CancellationToken ct)
    {
        var services = await db.Services.AsNoTracking().TakingRequests().OrderBy(s => s.Name).ToListAsync(ct);
        return Open311Format.List(format, "services", "service", services.Select(s => new Fields
        {
            { "service_code", s.Slug },
            { "service_name", s.Name },
            { "description", s.Summary },
            { "metadata", Attributes(s.Form).Any() },
            { "type", "realtime" },
            { "keywords", string.Join(",", s.Keywords.Split(' ', StringSplitOptions.RemoveEmptyEntries)) },
            { "group", s.Category },
            // mySociety's extension: a service may sit in several groups.
            { "groups", new Repeated("group", [s.Category]) },
        }));
    }

    public static async Task<IResult> Definition(string code, string format, FrontDoorDb db, CancellationToken ct)
    {
        var service = await db.Services.AsNoTracking().TakingRequests().SingleOrDefaultAsync(s => s.Slug == code, ct);
        if (service is null) return Open311Format.Errors(format, 404, $"service_code {code} not found");
        return Open311Format.Single(format, "service_definition", new Fields
        {
            { "service_code", service.Slug },
            { "attributes", new Repeated("attribute", Attributes(service.Form).Select((q, i) => (object?)new Fields
            {
                { "variable", true },
                { "code", q.Id },
                { "datatype", DataType(q.Type) },
                { "required", q.AlwaysRequired },
                { "datatype_description", string.Join(". ", new[] { q.Hint ?? DataTypeDescription(q), q.ConditionText }.Where(t => !string.IsNullOrEmpty(t))) },
                { "order", i + 1 },
                { "description", q.Label },
                { "values", new Repeated("value", q.EffectiveOptions.Select(o => (object?)new Fields { { "key", o.Value }, { "name", o.Text } })) },
            })) },
        });
    }

    /// <summary>The questions asked as Open311 attributes: location, photo and description are core parameters instead.</summary>
    public static IEnumerable<Question> Attributes(FormDefinition form) =>
        form.Questions.Where(q => !q.IsLocationOrUpload && q.Id != DescriptionQuestion);

    static string DataType(QuestionType type) => type switch
    {
        QuestionType.Number => "number",
        QuestionType.Date => "datetime",
        QuestionType.Textarea => "text",
        QuestionType.SingleChoice or QuestionType.YesNo => "singlevaluelist",
        QuestionType.MultipleChoice => "multivaluelist",
        _ => "string",
    };

    static string? DataTypeDescription(Question q) => q.Type switch
    {
        QuestionType.Date => "A date, such as 2026-11-22",
        QuestionType.Email => "An email address",
        QuestionType.Phone => "A UK telephone number",
        QuestionType.Number => q.Min is null && q.Max is null ? "A number" : $"A number from {q.Min} to {q.Max}",
        QuestionType.Slot => Api.ServicesApi.SlotFormat,
        _ => null,
    };
}
