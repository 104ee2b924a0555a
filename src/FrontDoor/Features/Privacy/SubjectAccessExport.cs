using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using FrontDoor.Data;
using FrontDoor.Features.Calendar;
using FrontDoor.Features.Notifications;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Privacy;

/// <summary>
/// A subject access request answered: everything FrontDoor holds about a person as a zip of JSON files (for the record and
/// for another system), their photos and documents as they sent them, and summary.html for the person to read.
/// </summary>
public sealed class SubjectAccessExport(FrontDoorDb db, TimeProvider clock)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Writes the zip to <paramref name="output"/>; returns the number of files in it.</summary>
    public async Task<int> WriteAsync(CustomerData data, Stream output, CancellationToken ct)
    {
        var ids = data.CustomerIds;
        var caseIds = data.CaseIds;
        var c = data.Customer;
        var customer = new
        {
            c.Id, c.FullName, c.Email, c.Phone, Address = c.Property?.SingleLine ?? c.Address, c.Uprn, c.CreatedAt, c.AccountCreatedAt,
            Preferences = new { ContactBy = c.ContactBy.ToString(), c.Paperless, c.Language },
            Needs = new { Help = Customers.AssistanceNeeds.Describe(c.AssistanceNeeds, c.InterpreterLanguage), c.InterpreterLanguage },
            ContactPoints = c.ContactPoints.Select(p => new { Kind = p.Kind.ToString(), p.Value, p.CreatedAt, p.VerifiedAt, p.NotWorkingSince }),
            MergedRecords = ids.Skip(1),
        };
        var alerts = await db.CustomerAlerts.AsNoTracking().Where(a => ids.Contains(a.CustomerId)).Select(a => new { a.Text, a.CreatedAt, a.RemovedAt }).ToListAsync(ct);
        var cases = await db.Cases.AsNoTracking().Where(x => caseIds.Contains(x.Id)).Include(x => x.Service).Include(x => x.Timeline).Include(x => x.Team).OrderBy(x => x.CreatedAt).ToListAsync(ct);
        var attachments = await db.Attachments.AsNoTracking().Where(a => caseIds.Contains(a.CaseId)).OrderBy(a => a.Id).ToListAsync(ct);
        var caseFiles = cases.Select(x => new
        {
            x.Reference, Service = x.Service.Name, Kind = x.Kind.ToString(), Status = Cases.Case.StatusText(x.Status), Channel = x.Channel.ToString(),
            x.CreatedAt, x.DueAt, x.ResolvedAt, x.Outcome, Team = x.Team.Name, Answers = x.Answers, x.FormVersion,
            Location = new { x.Uprn, x.Latitude, x.Longitude, Description = x.LocationDescription, x.Ward }, x.OnBehalfOf,
            Timeline = x.Timeline.OrderBy(t => t.At).Select(t => new { t.At, Type = t.Type.ToString(), t.Text }),
            Attachments = attachments.Where(a => a.CaseId == x.Id).Select(a => new { a.FileName, a.ContentType, a.CreatedAt, File = AttachmentPath(x.Reference, a) }),
        }).ToList();
        var contacts = await db.Contacts.AsNoTracking().Where(x => x.CustomerId != null && ids.Contains(x.CustomerId.Value)).OrderBy(x => x.At)
            .Select(x => new { x.At, Channel = x.Channel.ToString(), Purpose = x.Purpose.ToString(), Case = x.Case == null ? null : x.Case.Reference, x.Summary }).ToListAsync(ct);
        var messages = await db.OutboxMessages.AsNoTracking()
            .Where(m => (m.CustomerId != null && ids.Contains(m.CustomerId.Value)) || (m.CaseId != null && caseIds.Contains(m.CaseId.Value))).OrderBy(m => m.CreatedAt).ToListAsync(ct);
        var appointments = await db.Appointments.AsNoTracking().Where(a => ids.Contains(a.CustomerId)).Include(a => a.Type).OrderBy(a => a.Start)
            .Select(a => new { a.Reference, Type = a.Type.Name, Mode = a.Mode.ToString(), a.Start, a.End, a.About, a.Phone, a.Email, a.Needs, a.InterpreterLanguage, State = a.State.ToString(), a.OutcomeNote }).ToListAsync(ct);
        var callbacks = await db.Callbacks.AsNoTracking().Where(x => ids.Contains(x.CustomerId)).OrderBy(x => x.WindowStart)
            .Select(x => new { x.Phone, x.About, x.WindowStart, x.WindowEnd, State = x.State.ToString(), x.CreatedAt, x.ClosedAt }).ToListAsync(ct);
        var satisfaction = await db.SatisfactionResponses.AsNoTracking().Where(s => caseIds.Contains(s.CaseId)).Join(db.Cases, s => s.CaseId, x => x.Id, (s, x) => new { Case = x.Reference, s.Score, s.Comment, s.AnsweredAt }).ToListAsync(ct);
        var support = await db.SupportTasks.AsNoTracking().Where(s => ids.Contains(s.CustomerId)).Select(s => new { Kind = s.Kind.ToString(), s.Language, s.NeededBy, State = s.State.ToString(), s.Note }).ToListAsync(ct);
        var audit = await db.AuditEntries.AsNoTracking().Where(e => (e.CustomerId != null && ids.Contains(e.CustomerId.Value)) || (e.CaseId != null && caseIds.Contains(e.CaseId.Value)))
            .OrderBy(e => e.At).Select(e => new { e.At, Who = e.StaffName, e.Action }).ToListAsync(ct);

        var files = 0;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            async Task AddAsync(string name, string text)
            {
                await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(ct);
                await entry.WriteAsync(Encoding.UTF8.GetBytes(text), ct);
                files++;
            }
            Task AddJsonAsync(string name, object value) => AddAsync(name, JsonSerializer.Serialize(value, Json));
            await AddJsonAsync("customer.json", new { customer, alerts });
            await AddJsonAsync("cases.json", caseFiles);
            await AddJsonAsync("contacts.json", contacts);
            await AddJsonAsync("messages.json", messages.Select(m => new { Kind = m.Kind.ToString(), m.Recipient, m.Subject, m.Body, m.CreatedAt, m.SentAt, Delivery = OutboxStates.Text(m) }));
            await AddJsonAsync("appointments.json", appointments);
            await AddJsonAsync("callbacks.json", callbacks);
            await AddJsonAsync("satisfaction.json", satisfaction);
            await AddJsonAsync("support.json", support);
            await AddJsonAsync("audit.json", audit);
            foreach (var a in attachments)
            {
                await using var entry = await zip.CreateEntry(AttachmentPath(cases.Single(x => x.Id == a.CaseId).Reference, a), CompressionLevel.NoCompression).OpenAsync(ct);
                await entry.WriteAsync(a.Content, ct);
                files++;
            }
            await AddAsync("summary.html", Summary(c.FullName, customer.Address, caseFiles.Select(x => (x.Reference, x.Service, x.Status, x.CreatedAt, (IDictionary<string, List<string>>)x.Answers)),
                contacts.Count, messages.Count, appointments.Count, callbacks.Count, audit.Select(e => (e.At, e.Who, e.Action))));
        }
        return files;
    }

    static string AttachmentPath(string reference, Cases.Attachment a) =>
        $"attachments/{reference}/{a.Id}-{string.Concat(Path.GetFileName(a.FileName).Select(ch => char.IsLetterOrDigit(ch) || ch is '.' or '-' or '_' ? ch : '_'))}";

    string Summary(string name, string? address, IEnumerable<(string Reference, string Service, string Status, DateTime Created, IDictionary<string, List<string>> Answers)> cases,
        int contacts, int messages, int appointments, int callbacks, IEnumerable<(DateTime At, string Who, string Action)> audit)
    {
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var html = new StringBuilder($$"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>What we hold about {{E(name)}}</title>
            <style>body{font-family:arial,sans-serif;max-width:50em;margin:1em auto;padding:0 1em;line-height:1.5}th,td{text-align:left;vertical-align:top;padding:.25em .5em}</style></head><body>
            <h1>What we hold about {{E(name)}}</h1>
            <p>Made on {{E(UkDates.DateAndTime(clock.GetUtcNow().UtcDateTime))}}. The files beside this one hold every detail, in a form another system can read.</p>
            <h2>Your details</h2><p>{{E(name)}}<br>{{E(address ?? "No address")}}</p>
            <h2>Your requests</h2>
            """);
        foreach (var x in cases)
        {
            html.Append($"<h3>{E(x.Reference)}: {E(x.Service)}</h3><p>Made on {E(UkDates.Date(x.Created))}. {E(x.Status)}.</p><table>");
            foreach (var (question, answer) in x.Answers) html.Append($"<tr><th>{E(question)}</th><td>{E(string.Join(", ", answer))}</td></tr>");
            html.Append("</table>");
        }
        html.Append($"<h2>Everything else</h2><ul><li>Contacts with us: {contacts}</li><li>Messages we sent you: {messages}</li><li>Appointments: {appointments}</li><li>Call backs: {callbacks}</li></ul>");
        html.Append("<h2>Who has looked at your information</h2><table><tr><th>When</th><th>Who</th><th>What</th></tr>");
        foreach (var (at, who, action) in audit) html.Append($"<tr><td>{E(UkDates.DateAndTime(at))}</td><td>{E(who)}</td><td>{E(action)}</td></tr>");
        return html.Append("</table></body></html>").ToString();
    }
}
