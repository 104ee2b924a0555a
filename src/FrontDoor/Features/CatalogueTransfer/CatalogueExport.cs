using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.CatalogueTransfer;

/// <summary>The council's set-up as a catalogue file: teams, services with their published forms, wording and pages.</summary>
public static class CatalogueExport
{
    public static async Task<CatalogueFile> BuildAsync(FrontDoorDb db, CancellationToken ct)
    {
        var teams = await db.Teams.AsNoTracking().OrderBy(t => t.Name).ToListAsync(ct);
        var services = await db.Services.AsNoTracking().Include(s => s.Team).OrderBy(s => s.Slug).ToListAsync(ct);
        var templates = await db.ResponseTemplates.AsNoTracking().Include(t => t.Team).OrderBy(t => t.Title).ToListAsync(ct);
        var messages = await db.MessageTemplates.AsNoTracking().ToListAsync(ct);
        var pages = await db.ContentPages.AsNoTracking().OrderBy(p => p.Slug).ToListAsync(ct);
        var rounds = (await db.Diaries.AsNoTracking().Include(d => d.Hours).Where(d => d.Use == Slots.DiaryUse.Collections && d.ServiceId != null)
            .OrderBy(d => d.Name).ToListAsync(ct)).ToLookup(d => d.ServiceId!.Value);
        return new()
        {
            Teams = [.. teams.Select(t => new TeamEntry(t.Name, t.Email))],
            Services = [.. services.Select(s => new ServiceEntry
            {
                Slug = s.Slug, Name = s.Name, Category = s.Category, Team = s.Team.Name, Summary = s.Summary, Description = NullIfEmpty(s.Description),
                Keywords = NullIfEmpty(s.Keywords), StandardDays = s.StandardDays, StandardHours = s.StandardHours, LgslCode = s.LgslCode,
                WhatHappensNext = NullIfEmpty(s.WhatHappensNext), AzTitle = s.AzTitle,
                AlternativeTitles = s.AlternativeTitles.Length == 0 ? null : [.. s.AzTitles.Skip(1)], Featured = s.Featured,
                Status = CatalogueImport.Json(s.Status.ToString()), ExternalUrl = s.ExternalUrl, RetiredMessage = s.RetiredMessage,
                Channels = [.. s.Offered.Select(c => CatalogueImport.Json(c.ToString()))], Form = s.Form,
                Rounds = rounds[s.Id].Any() ? [.. rounds[s.Id].Select(Round)] : null,
            })],
            ResponseTemplates = [.. templates.Select(t => new TemplateEntry(t.Title, t.Team?.Name, t.Body))],
            Messages = [.. messages.OrderBy(m => m.Key.ToString()).ThenBy(m => m.Channel).ThenBy(m => m.Language)
                .Select(m => new MessageEntry(CatalogueImport.Json(m.Key.ToString()), CatalogueImport.Json(m.Channel.ToString()), m.Language, m.Subject, m.Body))],
            ContentPages = [.. pages.Select(p => new PageEntry(p.Slug, p.Title, p.Body))],
        };
    }

    static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    static RoundEntry Round(Slots.Diary d) => new(d.Name, d.Wards.Count == 0 ? null : d.Wards, d.NoticeHours, d.BookAheadDays,
        [.. d.Hours.OrderBy(h => ((int)h.Day + 6) % 7).ThenBy(h => h.From).Select(h => new HoursEntry(CatalogueImport.Json(h.Day.ToString()),
            h.From.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), h.To.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), h.SlotMinutes, h.Places))]);
}
