using System.Reflection;
using FrontDoor.Data;
using FrontDoor.Features.Catalogue;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.DemoCouncil;

/// <summary>Fills an empty database with the fictional Ashworth Borough Council: its catalogue and gazetteer.</summary>
public static class DemoSeeder
{
    /// <summary>
    /// The demo council's one API client, so FixMyStreet or any Open311 client can be pointed at a fresh install.
    /// It exists only in demo data; a real council makes its clients in the staff admin pages.
    /// </summary>
    public const string DemoApiKey = "fd_demo_key_for_local_testing_only";
    public const string DemoApiClientName = "Demo Open311 client";

    /// <summary>The demo council as a catalogue file, loaded by the same import a council uses.</summary>
    public static CatalogueTransfer.CatalogueFile Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("FrontDoor.Features.DemoCouncil.demo-council.json")!;
        return CatalogueTransfer.CatalogueImport.Read(stream).File!;
    }

    /// <summary>The demo catalogue's services, each with a team of the name it gives (one object per name), for search tests.</summary>
    public static IReadOnlyList<Service> LoadCatalogue()
    {
        var data = Load().Services!;
        var teams = data.Select(s => s.Team!).Distinct().ToDictionary(name => name, name => new Teams.Team { Name = name, CreatedAt = DateTime.UtcNow });
        return data.Select(s => new Service
        {
            Slug = s.Slug!, Name = s.Name!, Category = s.Category!, Team = teams[s.Team!], Summary = s.Summary!, Keywords = s.Keywords ?? "",
            StandardDays = s.StandardDays ?? 1, StandardHours = s.StandardHours, LgslCode = s.LgslCode, WhatHappensNext = s.WhatHappensNext ?? "", Form = s.Form!,
            AzTitle = s.AzTitle, AlternativeTitles = string.Join('\n', s.AlternativeTitles ?? []), Featured = s.Featured,
        }).ToList();
    }

    public static async Task SeedAsync(FrontDoorDb db, CatalogueTransfer.CatalogueImport import, CancellationToken ct = default)
    {
        if (!await db.Services.AnyAsync(ct))
        {
            var (report, problems) = await import.ImportAsync(Load(), Audit.Actor.System("FrontDoor demo"), ct);
            if (report is null) throw new InvalidOperationException($"The demo catalogue does not import: {string.Join("; ", problems)}");
        }
        if (!await db.ApiClients.AnyAsync(ct))
        {
            db.ApiClients.Add(new ApiClients.ApiClient
            {
                Name = DemoApiClientName, KeyHash = ApiClients.ApiKeys.Hash(DemoApiKey), KeyHint = ApiClients.ApiKeys.Hint(DemoApiKey),
                Scopes = string.Join(' ', ApiClients.ApiScopes.All.Keys), RequestsPerMinute = 6000, CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(ct);
        }
        // The catalogue brings the booked services' rounds; the call back windows are the demo's own.
        if (!await db.Diaries.AnyAsync(d => d.Use == Slots.DiaryUse.Callbacks, ct))
        {
            // The contact centre calls back in hourly windows on working days, four calls to a window.
            db.Diaries.Add(new Slots.Diary
            {
                Name = "Call backs", Use = Slots.DiaryUse.Callbacks, Team = await Teams.TeamNames.EnsureAsync(db, "Customer Services", DateTime.UtcNow, ct),
                NoticeHours = 1, BookAheadDays = 14,
                Hours = [.. new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
                    .Select(day => new Slots.DiaryHours { Day = day, From = new(9, 0), To = new(17, 0), SlotMinutes = 60, Places = 4 })],
            });
            await db.SaveChangesAsync(ct);
        }
        if (!await db.Properties.AnyAsync(ct))
        {
            foreach (var chunk in DemoGazetteer.Generate().Chunk(1000))
            {
                db.Properties.AddRange(chunk);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
    }
}
