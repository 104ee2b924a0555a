using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.ApiClients;
using FrontDoor.Features.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Open311;

/// <summary>
/// mySociety's servicerequestupdates: the public progress of cases for a front end such as FixMyStreet to show,
/// and the front end's own updates (the reporter's comments, "it is fixed", "it is not fixed") onto the timeline.
/// </summary>
public static class Open311Updates
{
    public static async Task<IResult> ListAsync(string format, HttpContext context, FrontDoorDb db, TimeProvider clock, CancellationToken ct, [FromQuery(Name = "start_date")] string? start = null, [FromQuery(Name = "end_date")] string? end = null)
    {
        // Public updates can name the customer (a template's {{customer_name}}), so reading them takes a key.
        var client = ApiClientUser.From(context.User)!;
        var window = Open311Window.Read(start, end, clock, TimeSpan.FromDays(Open311Requests.MaxWindowDays));
        if (window.Error is not null) return Open311Format.Errors(format, 400, window.Error);

        var updates = await (
            from t in db.TimelineEvents
            join c in db.Cases on t.CaseId equals c.Id
            where t.IsPublic && t.At >= window.From && t.At <= window.To
                && (t.Type == TimelineEventType.StatusChanged || t.Type == TimelineEventType.PublicUpdate)
                && (t.ApiClientId == null || t.ApiClientId != client.Id) // not its own updates back again
            orderby t.At, t.Id
            select new { t.Id, c.Reference, Status = t.Status ?? c.Status, t.At, t.Text })
            .Take(Open311Requests.MaxResults).ToListAsync(ct);
        return Open311Format.List(format, "service_request_updates", "request_update", updates.Select(u => new Fields
        {
            { "update_id", u.Id },
            { "service_request_id", u.Reference },
            { "status", Open311Statuses.Extended(u.Status) },
            { "updated_datetime", u.At },
            { "description", u.Text },
            { "media_url", null },
            { "external_status_code", Case.StatusCode(u.Status) },
        }));
    }

    public static async Task<IResult> CreateAsync(string format, HttpContext context, FrontDoorDb db, CaseWorkflow workflow, CancellationToken ct)
    {
        var form = await context.Request.ReadFormAsync(ct);
        var client = ApiClientUser.From(context.User)!;

        var updateId = form["update_id"].ToString().Trim();
        var description = form["description"].ToString().Trim();
        var missing = new[] { "service_request_id", "update_id", "status", "updated_datetime" }.Where(p => string.IsNullOrWhiteSpace(form[p])).ToList();
        if (missing.Count > 0) return Open311Format.Errors(format, 400, [.. missing.Select(p => $"{p} was not provided")]);
        if (!Open311Format.TryParseDateTime(form["updated_datetime"], out _))
            return Open311Format.Errors(format, 400, "updated_datetime must be a W3C date-time with a time zone");
        if (updateId.Length > 100) return Open311Format.Errors(format, 400, "update_id must be 100 characters or less");
        if (description.Length > CaseWorkflow.MaxTextLength) return Open311Format.Errors(format, 400, $"description must be {CaseWorkflow.MaxTextLength} characters or less");
        if (Forms.AnswerValidator.LooksLikeHtml(description)) return Open311Format.Errors(format, 400, "description must not include HTML or code, such as < and >");

        var reference = Cases.CaseReference.Normalise(form["service_request_id"]);
        var c = reference is null ? null : await db.Cases.Include(x => x.Service).Include(x => x.Team).Include(x => x.Customer).SingleOrDefaultAsync(x => x.Reference == reference, ct);
        if (c is null) return Open311Format.Errors(format, 404, $"service_request_id {form["service_request_id"]} not found");
        if (!Open311Statuses.TryParseUpdate(form["status"], c, out var to))
            return Open311Format.Errors(format, 400, $"status must be one of {string.Join(", ", Open311Statuses.UpdateStatuses)}");
        if (await db.TimelineEvents.AnyAsync(t => t.ApiClientId == client.Id && t.ExternalId == updateId, ct))
            return Duplicate(format, updateId);

        var who = $"{form["first_name"]} {form["last_name"]}".Trim();
        // The reporter's own words, named as the front end passed them on.
        var actor = who.Length > 0 ? context.Actor() with { Name = $"{who} via {client.Name}" } : context.Actor();
        var text = description.Length > 0 ? description : "Update with no comment";
        if (form["media_url"].ToString() is { Length: > 0 } media && Uri.TryCreate(media, UriKind.Absolute, out _)) text += $" (photo: {media})";
        try
        {
            var (update, result) = await workflow.AddExternalUpdateAsync(c, actor, updateId, to, text, ct);
            if (!result.Succeeded) return Open311Format.Errors(format, result.Outcome == WorkflowOutcome.Stale ? 409 : 400, result.Message!);
            return Open311Format.List(format, "service_request_updates", "request_update", [new Fields { { "update_id", update.Id } }]);
        }
        catch (DbUpdateException)
        {
            // The same update arrived twice at once: the unique index let one in.
            if (await IsDuplicateAsync(context, client.Id, updateId)) return Duplicate(format, updateId);
            throw;
        }
    }

    static IResult Duplicate(string format, string updateId) =>
        Open311Format.Errors(format, 400, $"update_id {updateId} has already been received");

    static async Task<bool> IsDuplicateAsync(HttpContext context, long clientId, string updateId)
    {
        await using var scope = context.RequestServices.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<FrontDoorDb>();
        return await db.TimelineEvents.AnyAsync(t => t.ApiClientId == clientId && t.ExternalId == updateId);
    }
}
