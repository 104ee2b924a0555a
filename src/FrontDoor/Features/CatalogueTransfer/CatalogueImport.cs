using System.Text.Json;
using FrontDoor.Data;
using FrontDoor.Features.Audit;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Catalogue.Admin;
using FrontDoor.Features.ContentPages;
using FrontDoor.Features.Forms;
using FrontDoor.Features.Messages;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.ResponseTemplates;
using FrontDoor.Features.Teams;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.CatalogueTransfer;

public record ImportReport(int Teams, int Services, int NewFormVersions, int Templates, int Messages, int Pages)
{
    public override string ToString() =>
        $"{Teams} teams, {Services} services ({NewFormVersions} forms published as a new version), {Templates} response templates, {Messages} message wordings, {Pages} content pages";
}

/// <summary>
/// Reads a catalogue file and adds or updates what it holds, matched by name, web address or key; nothing is deleted.
/// The whole file is checked first with the same rules as the set-up pages, every problem named by its place in the
/// file, and applied in one transaction: a file with any problem changes nothing.
/// </summary>
public sealed class CatalogueImport(FrontDoorDb db, AuditLog audit, TimeProvider clock)
{
    public static (CatalogueFile? File, List<string> Problems) Read(Stream json)
    {
        try
        {
            return JsonSerializer.Deserialize<CatalogueFile>(json, CatalogueFile.Json) is { } file ? (file, []) : (null, ["The file is empty"]);
        }
        catch (JsonException ex)
        {
            return (null, [$"{ex.Path ?? "$"}: {FirstSentence(ex.Message)}"]);
        }
    }

    static string FirstSentence(string message) => message.Split(". Path:", 2)[0].Split(" Path:", 2)[0];

    public async Task<List<string>> CheckAsync(CatalogueFile file, CancellationToken ct)
    {
        var problems = new List<string>();
        if (file.Format != CatalogueFile.FormatName) problems.Add($"format: must be \"{CatalogueFile.FormatName}\"");
        if (file.Version != CatalogueFile.CurrentVersion) problems.Add($"version: this FrontDoor reads version {CatalogueFile.CurrentVersion}");

        var existingTeams = await db.Teams.AsNoTracking().Select(t => t.Name).ToListAsync(ct);
        var teams = (file.Teams ?? []).Select(t => t.Name?.Trim()).OfType<string>().Concat(existingTeams).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => new Team { Name = name }).ToList();
        foreach (var (t, i) in (file.Teams ?? []).Select((t, i) => (t, i)))
        {
            foreach (var (_, error) in SetUpText.Errors("name", t.Name, "the team's name", 100, required: true)) problems.Add($"teams[{i}].name: {error}");
            if (t.Email is { Length: > 0 } email && !System.Net.Mail.MailAddress.TryCreate(email.Trim(), out _)) problems.Add($"teams[{i}].email: Enter an email address in the correct format");
            if ((file.Teams ?? []).Take(i).Any(o => string.Equals(o.Name?.Trim(), t.Name?.Trim(), StringComparison.OrdinalIgnoreCase))) problems.Add($"teams[{i}].name: {t.Name} is in the file twice");
        }
        // Diaries a round may not take the name of: those for something other than a service's dates.
        var otherDiaries = await db.Diaries.AsNoTracking().Select(d => new { d.Name, d.Use, Service = d.Service != null ? d.Service.Slug : null }).ToListAsync(ct);
        foreach (var (s, i) in (file.Services ?? []).Select((s, i) => (s, i)))
        {
            var at = $"services[{i}]";
            if (ServiceFields.SlugError(s.Slug) is { } slugError) problems.Add($"{at}.slug: {slugError}");
            else if ((file.Services ?? []).Take(i).Any(o => o.Slug == s.Slug)) problems.Add($"{at}.slug: {s.Slug} is in the file twice");
            var form = s.Form ?? new FormDefinition();
            foreach (var (field, error) in Fields(s).Errors(teams, form)) problems.Add($"{at}.{(field == "topic" ? "category" : field)}: {error}");
            foreach (var (q, j) in form.Questions.Select((q, j) => (q, j)))
                foreach (var (field, error) in QuestionFields.From(q).Errors(new() { Questions = form.Questions.Take(j).ToList() }, null))
                    problems.Add($"{at}.form.questions[{j}].{(field.StartsWith("showIf", StringComparison.Ordinal) ? "showIf" : field)}: {error}");
            foreach (var (r, j) in (s.Rounds ?? []).Select((r, j) => (r, j)))
                problems.AddRange(RoundProblems(r, $"{at}.rounds[{j}]", s.Slug, [.. otherDiaries.Where(d => d.Use != Slots.DiaryUse.Collections || d.Service != s.Slug).Select(d => d.Name)]));
        }
        var roundNames = (file.Services ?? []).SelectMany(s => s.Rounds ?? []).Select(r => r.Name?.Trim()).OfType<string>().ToList();
        foreach (var twice in roundNames.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)) problems.Add($"rounds: {twice.Key} is in the file twice");
        foreach (var (t, i) in (file.ResponseTemplates ?? []).Select((t, i) => (t, i)))
        {
            foreach (var (_, error) in SetUpText.Errors("title", t.Title, "the title", 100, required: true)) problems.Add($"responseTemplates[{i}].title: {error}");
            if (t.Team is not null && !teams.Any(x => x.Name.Equals(t.Team.Trim(), StringComparison.OrdinalIgnoreCase))) problems.Add($"responseTemplates[{i}].team: there is no team called {t.Team}");
            if (string.IsNullOrWhiteSpace(t.Body)) problems.Add($"responseTemplates[{i}].body: Enter the wording");
            else if (CouncilTemplates.Problem(t.Body, [.. StandardMessages.Case.Select(p => p.Name)]) is { } problem) problems.Add($"responseTemplates[{i}].body: The wording {problem}");
        }
        foreach (var (m, i) in (file.Messages ?? []).Select((m, i) => (m, i)))
        {
            var at = $"messages[{i}]";
            if (Key(m.Key) is not { } key) { problems.Add($"{at}.key: not a message FrontDoor sends"); continue; }
            var definition = StandardMessages.For(key);
            if (Channel(m.Channel) is not { } channel || !definition.Standard.ContainsKey(channel)) { problems.Add($"{at}.channel: {m.Key} is sent by {string.Join(" or ", definition.Channels.Select(c => Json(c.ToString())))}"); continue; }
            if (!Languages.IsKnown(m.Language)) problems.Add($"{at}.language: give a language code such as en or cy");
            if (definition.Standard[channel].Subject is not null)
            {
                if (string.IsNullOrWhiteSpace(m.Subject)) problems.Add($"{at}.subject: Enter the subject");
                else if (CouncilTemplates.Problem(m.Subject, definition.Names) is { } problem) problems.Add($"{at}.subject: The subject {problem}");
            }
            if (string.IsNullOrWhiteSpace(m.Body)) problems.Add($"{at}.body: Enter the wording");
            else if (CouncilTemplates.Problem(m.Body, definition.Names) is { } problem) problems.Add($"{at}.body: The wording {problem}");
        }
        foreach (var (p, i) in (file.ContentPages ?? []).Select((p, i) => (p, i)))
        {
            if (StandardPages.Find(p.Slug ?? "") is null) problems.Add($"contentPages[{i}].slug: use {string.Join(", ", StandardPages.All.Select(s => s.Slug))}");
            foreach (var (_, error) in SetUpText.Errors("title", p.Title, "the title", 100, required: true)) problems.Add($"contentPages[{i}].title: {error}");
            if (string.IsNullOrWhiteSpace(p.Body) || p.Body.Length > EditContentModel.MaxLength) problems.Add($"contentPages[{i}].body: Enter the text, up to {EditContentModel.MaxLength:N0} characters");
        }
        return problems;
    }

    /// <summary>Checks, then applies the whole file in one transaction; the problems, or the report of what it did.</summary>
    public async Task<(ImportReport? Report, List<string> Problems)> ImportAsync(CatalogueFile file, Actor actor, CancellationToken ct)
    {
        var problems = await CheckAsync(file, ct);
        if (problems.Count > 0) return (null, problems);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        foreach (var t in file.Teams ?? [])
        {
            var team = await TeamNames.EnsureAsync(db, t.Name!.Trim(), now, ct);
            if (t.Email is { Length: > 0 } email) team.Email = email.Trim();
        }
        await db.SaveChangesAsync(ct);

        var newVersions = 0;
        foreach (var s in file.Services ?? [])
        {
            var team = await TeamNames.EnsureAsync(db, s.Team!.Trim(), now, ct);
            var service = await db.Services.SingleOrDefaultAsync(x => x.Slug == s.Slug, ct);
            var form = s.Form ?? new FormDefinition();
            if (service is null)
            {
                service = new Service { Slug = s.Slug!, Name = "", Summary = "", Category = "", Form = form };
                db.Services.Add(service);
            }
            else if (service.FormJson != new Service { Slug = "", Name = "", Summary = "", Category = "", Form = form }.FormJson)
            {
                await FormVersions.PublishAsync(db, service, form, actor, now, ct);
                newVersions++;
            }
            Fields(s).ApplyTo(service, team);
            if (service.Id != 0) service.Version++;
        }
        await db.SaveChangesAsync(ct);
        foreach (var s in (file.Services ?? []).Where(s => s.Rounds is { Count: > 0 }))
            await ApplyRoundsAsync(await db.Services.SingleAsync(x => x.Slug == s.Slug, ct), s.Rounds!, ct);
        await db.SaveChangesAsync(ct);

        foreach (var t in file.ResponseTemplates ?? [])
        {
            long? teamId = t.Team is null ? null : (await TeamNames.EnsureAsync(db, t.Team.Trim(), now, ct)).Id;
            var template = await db.ResponseTemplates.SingleOrDefaultAsync(x => x.Title == t.Title!.Trim() && x.TeamId == teamId, ct);
            if (template is null) db.ResponseTemplates.Add(new ResponseTemplate { Title = t.Title!.Trim(), TeamId = teamId, Body = t.Body!.Trim(), Version = 1 });
            else (template.Body, template.Version) = (t.Body!.Trim(), template.Version + 1);
        }
        foreach (var m in file.Messages ?? [])
        {
            var (key, channel, language) = (Key(m.Key)!.Value, Channel(m.Channel)!.Value, m.Language!);
            var subject = StandardMessages.For(key).Standard[channel].Subject is null ? null : m.Subject!.Trim();
            var own = await db.MessageTemplates.SingleOrDefaultAsync(x => x.Key == key && x.Channel == channel && x.Language == language, ct);
            if (own is null) db.MessageTemplates.Add(new MessageTemplate { Key = key, Channel = channel, Language = language, Subject = subject, Body = m.Body!.Trim(), UpdatedAt = now, UpdatedBy = actor.Name, Version = 1 });
            else (own.Subject, own.Body, own.UpdatedAt, own.UpdatedBy, own.Version) = (subject, m.Body!.Trim(), now, actor.Name, own.Version + 1);
        }
        foreach (var p in file.ContentPages ?? [])
        {
            var page = await db.ContentPages.SingleOrDefaultAsync(x => x.Slug == p.Slug, ct);
            if (page is null) db.ContentPages.Add(new ContentPage { Slug = p.Slug!, Title = p.Title!.Trim(), Body = p.Body!.Trim(), UpdatedAt = now, UpdatedBy = actor.Name, Version = 1 });
            else (page.Title, page.Body, page.UpdatedAt, page.UpdatedBy, page.Version) = (p.Title!.Trim(), p.Body!.Trim(), now, actor.Name, page.Version + 1);
        }
        var report = new ImportReport((file.Teams ?? []).Count, (file.Services ?? []).Count, newVersions, (file.ResponseTemplates ?? []).Count, (file.Messages ?? []).Count, (file.ContentPages ?? []).Count);
        audit.AddChange(actor, "Imported a catalogue", [new("Catalogue", null, report.ToString())]);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (report, []);
    }

    static IEnumerable<string> RoundProblems(RoundEntry r, string at, string? service, List<string> takenNames)
    {
        foreach (var (_, error) in SetUpText.Errors("name", r.Name, "a name for the round", 100, required: true)) yield return $"{at}.name: {error}";
        if (r.Name is not null && takenNames.Contains(r.Name.Trim(), StringComparer.OrdinalIgnoreCase)) yield return $"{at}.name: there is already a diary called {r.Name.Trim()} for something else";
        foreach (var (ward, k) in (r.Wards ?? []).Select((w, k) => (w, k)))
            foreach (var (_, error) in SetUpText.Errors("ward", ward, "the ward", 100, required: true)) yield return $"{at}.wards[{k}]: {error}";
        if (r.NoticeHours is not (>= 0 and <= Slots.DiaryRules.MaxNoticeHours)) yield return $"{at}.noticeHours: {Slots.DiaryRules.NoticeError}";
        if (r.BookAheadDays is not (>= 1 and <= Slots.DiaryRules.MaxBookAheadDays)) yield return $"{at}.bookAheadDays: {Slots.DiaryRules.BookAheadError}";
        var read = new List<Slots.DiaryHours>();
        foreach (var (h, k) in (r.Hours ?? []).Select((h, k) => (h, k)))
        {
            var hoursAt = $"{at}.hours[{k}]";
            var day = Enum.GetValues<DayOfWeek>().Cast<DayOfWeek?>().FirstOrDefault(d => Json(d!.Value.ToString()) == h.Day);
            if (day is null) yield return $"{hoursAt}.day: use monday to sunday";
            var (from, to) = (Slots.DiaryRules.ClockTime(h.From), Slots.DiaryRules.ClockTime(h.To));
            if (from is null) yield return $"{hoursAt}.from: give the opening time on the 24-hour clock, like 07:00";
            if (to is null) yield return $"{hoursAt}.to: give the closing time on the 24-hour clock, like 17:00";
            if (h.SlotMinutes is not (>= Slots.DiaryRules.MinSlotMinutes and <= Slots.DiaryRules.MaxSlotMinutes)) yield return $"{hoursAt}.slotMinutes: {Slots.DiaryRules.SlotMinutesError}";
            else if (h.Places is not (>= 1 and <= Slots.DiaryRules.MaxPlaces)) yield return $"{hoursAt}.places: {Slots.DiaryRules.PlacesError}";
            else if (day is { } d && from is { } f && to is { } t)
            {
                if (Slots.DiaryRules.HoursError(d, f, t, h.SlotMinutes.Value, read) is var (field, message))
                    yield return $"{hoursAt}.{JsonNamingPolicy.CamelCase.ConvertName(field.ToString())}: {message}";
                read.Add(new() { Day = d, From = f, To = t, SlotMinutes = h.SlotMinutes.Value, Places = h.Places.Value });
            }
        }
    }

    /// <summary>The service's rounds, made or brought up to date by name; their hours are the file's.</summary>
    async Task ApplyRoundsAsync(Service service, List<RoundEntry> rounds, CancellationToken ct)
    {
        foreach (var r in rounds)
        {
            var name = r.Name!.Trim();
            var diary = await db.Diaries.Include(d => d.Hours).SingleOrDefaultAsync(d => d.Name == name, ct);
            if (diary is null) db.Diaries.Add(diary = new Slots.Diary { Name = name, Use = Slots.DiaryUse.Collections });
            else diary.Version++;
            (diary.ServiceId, diary.TeamId, diary.NoticeHours, diary.BookAheadDays) = (service.Id, service.TeamId, r.NoticeHours!.Value, r.BookAheadDays!.Value);
            diary.Wards = [.. (r.Wards ?? []).Select(w => w.Trim()).Distinct().Order()];
            db.RemoveRange(diary.Hours);
            diary.Hours = [.. (r.Hours ?? []).Select(h => new Slots.DiaryHours
            {
                Day = Enum.GetValues<DayOfWeek>().First(d => Json(d.ToString()) == h.Day), From = Slots.DiaryRules.ClockTime(h.From)!.Value,
                To = Slots.DiaryRules.ClockTime(h.To)!.Value, SlotMinutes = h.SlotMinutes!.Value, Places = h.Places!.Value,
            })];
        }
    }

    static ServiceFields Fields(ServiceEntry s) => new()
    {
        Name = s.Name, AzTitle = s.AzTitle, AlternativeTitles = string.Join('\n', s.AlternativeTitles ?? []), Topic = s.Category, Keywords = s.Keywords,
        LgslCode = s.LgslCode?.ToString(), Summary = s.Summary, Description = s.Description, WhatHappensNext = s.WhatHappensNext, Team = s.Team?.Trim(),
        StandardDays = (s.StandardDays ?? (s.StandardHours is null ? null : 1))?.ToString(), StandardHours = s.StandardHours?.ToString(),
        Channels = s.Channels is null ? [.. Cases.Channels.Assisted.Select(c => c.ToString())] : [.. s.Channels.Select(c => Enum.GetValues<Cases.Channel>().FirstOrDefault(ch => Json(ch.ToString()) == c).ToString())],
        ExternalUrl = s.ExternalUrl, Featured = s.Featured ? "yes" : null,
        Status = s.Status is null ? nameof(ServiceStatus.Live) : Enum.GetNames<ServiceStatus>().FirstOrDefault(n => Json(n) == s.Status) ?? s.Status,
        RetiredMessage = s.RetiredMessage,
    };

    /// <summary>A name as the file spells it: kebab-case, like status-changed or face-to-face.</summary>
    public static string Json(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    static MessageKey? Key(string? key) => MessageNames.Parse<MessageKey>(key);
    static MessageKind? Channel(string? channel) => MessageNames.Parse<MessageKind>(channel);
}
