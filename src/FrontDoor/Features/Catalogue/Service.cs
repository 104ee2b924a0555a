using System.Text.Json;
using System.Linq.Expressions;
using FrontDoor.Data;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Catalogue;

/// <summary>Draft services are seen only in the set-up pages; live ones by everyone; retired ones keep their cases and say what to do instead.</summary>
public enum ServiceStatus { Draft, Live, Retired }

public class Service : Data.IVersioned, Data.IPublicContent
{
    public int Id { get; set; }
    /// <summary>The service's address and code (web, Open311, API): fixed once it is made, since links and connected systems use it.</summary>
    public required string Slug { get; set; }
    public required string Name { get; set; }
    public required string Summary { get; set; }
    /// <summary>The start page's content, in Markdown (no HTML).</summary>
    public string Description { get; set; } = "";
    /// <summary>The topic residents browse it under, such as "Bins and recycling".</summary>
    public required string Category { get; set; }
    public ServiceStatus Status { get; set; } = ServiceStatus.Live;
    /// <summary>Its title in the A to Z where that differs from its name: "Bins: report a missed collection" under B.</summary>
    public string? AzTitle { get; set; }
    /// <summary>More titles it is listed under in the A to Z, one per line.</summary>
    public string AlternativeTitles { get; set; } = "";
    /// <summary>For a service another website provides (paying council tax, say): residents are sent there from the start page.</summary>
    public string? ExternalUrl { get; set; }
    /// <summary>For a retired service: what a resident following an old link should do instead.</summary>
    public string? RetiredMessage { get; set; }
    /// <summary>Listed under "Popular services" on the home page.</summary>
    public bool Featured { get; set; }
    /// <summary>The channels it is offered on besides the online form, which staff and residents are told of.</summary>
    public string OfferedChannels { get; set; } = "Phone,FaceToFace,Email,Letter";
    /// <summary>Bumped by every change, so two people editing at once cannot overwrite each other.</summary>
    public int Version { get; set; }
    public long TeamId { get; set; }
    public Teams.Team Team { get; set; } = null!;
    public string Keywords { get; set; } = "";
    public int? LgslCode { get; set; }
    /// <summary>Service standard in working days; ignored when <see cref="StandardHours"/> is set.</summary>
    public int StandardDays { get; set; } = 10;
    /// <summary>Years a closed case's personal data is kept before it is anonymised; null for the council's default (Retention:ClosedCaseYears).</summary>
    public int? RetentionYears { get; set; }
    /// <summary>For urgent services the standard is counted in hours, around the clock.</summary>
    public int? StandardHours { get; set; }
    public string WhatHappensNext { get; set; } = "";
    /// <summary>The published form, whose number is <see cref="FormVersion"/>.</summary>
    public string FormJson { get; set; } = "{}";
    public int FormVersion { get; set; } = 1;
    /// <summary>Changes to the form not yet published, made in the form designer; null when there are none.</summary>
    public string? DraftFormJson { get; set; }

    public bool IsLink => ExternalUrl is not null;
    /// <summary>Residents, agents and connected systems may make requests of it.</summary>
    public bool TakesRequests => Status == ServiceStatus.Live && !IsLink;

    /// <summary>Every title it is found under in the A to Z: its A to Z title (or name) and its alternative titles.</summary>
    public IEnumerable<string> AzTitles => [AzTitle ?? Name, .. AlternativeTitles.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public IReadOnlyList<Cases.Channel> Offered => [.. OfferedChannels.Split(',', StringSplitOptions.RemoveEmptyEntries)
        .Select(c => Enum.TryParse<Cases.Channel>(c, out var channel) ? channel : (Cases.Channel?)null).OfType<Cases.Channel>()];

    public string StandardDescription => DescribeStandard(StandardDays, StandardHours);

    public static string DescribeStandard(int days, int? hours = null) => hours is int h
        ? $"{h} hours"
        : days == 1 ? "1 working day" : $"{days} working days";

    /// <summary>The form being designed: the unpublished changes, or the published form when there are none.</summary>
    public FormDefinition DraftForm
    {
        get => DraftFormJson is null ? Form : JsonSerializer.Deserialize<FormDefinition>(DraftFormJson, FormDefinition.Json) ?? new();
        set => DraftFormJson = JsonSerializer.Serialize(value, FormDefinition.Json);
    }

    /// <summary>A copy to change, of a service held in memory and shared (<see cref="ServicesByCode"/>).</summary>
    public Service Copy() => (Service)MemberwiseClone();

    FormDefinition? form;
    public FormDefinition Form
    {
        get => form ??= JsonSerializer.Deserialize<FormDefinition>(FormJson, FormDefinition.Json) ?? new();
        set { form = value; FormJson = JsonSerializer.Serialize(value, FormDefinition.Json); }
    }
}

sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> e)
    {
        e.HasIndex(s => s.Slug).IsUnique();
        e.Ignore(s => s.Form);
        e.Ignore(s => s.DraftForm);
        e.Property(s => s.Version).IsConcurrencyToken();
        e.HasIndex(s => s.Status);
        e.HasOne(s => s.Team).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

public static class ServiceQueries
{
    /// <summary>Services residents see: live ones, including links to other websites.</summary>
    public static IQueryable<Service> Live(this IQueryable<Service> services) => services.Where(s => s.Status == ServiceStatus.Live);

    /// <summary>Services a request can be made of, on any channel: live, and not a link to another website.</summary>
    public static IQueryable<Service> TakingRequests(this IQueryable<Service> services) => services.Where(TakesRequests);

    static readonly Expression<Func<Service, bool>> TakesRequests = s => s.Status == ServiceStatus.Live && s.ExternalUrl == null;
}

/// <summary>
/// Services by their code (the slug), each with its team. Every intake through the APIs and every page of a service's form
/// asks first, so the answers are held in this node's memory until the catalogue changes (<see cref="Held{TKey, TValue}"/>).
/// What it gives is shared by every request: read it, or change a <see cref="Service.Copy"/>.
/// </summary>
public sealed class ServicesByCode(PublicContentEdition edition)
{
    readonly Held<string, Service> held = new(edition);

    static readonly CompiledQuery<Func<FrontDoorDb, string, Task<Service?>>> ByCode = new(() => EF.CompileAsyncQuery(
        (FrontDoorDb db, string code) => db.Services.AsNoTracking().Include(s => s.Team).FirstOrDefault(s => s.Slug == code)));

    /// <summary>The service with this code, whatever its status; null when there is none.</summary>
    public Task<Service?> FindAsync(FrontDoorDb db, string code) => held.GetAsync(code, c => ByCode.For(db)(db, c));

    /// <summary>The service with this code when it is taking requests; null when it is not, or there is none.</summary>
    public async Task<Service?> TakingRequestsAsync(FrontDoorDb db, string code) => await FindAsync(db, code) is { TakesRequests: true } service ? service : null;
}
