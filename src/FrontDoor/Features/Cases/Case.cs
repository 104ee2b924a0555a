using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

public enum CaseStatus
{
    Open, Investigating, InProgress, ActionScheduled, OnHold, Fixed, ClosedWithoutFix,
    Duplicate, NotCouncilsResponsibility, NoFurtherAction, Cancelled, Reopened,
}

public enum Channel { Web, Phone, FaceToFace, Email, Letter, Webchat, Api, FieldWorker }

public static class Channels
{
    /// <summary>The channels on which staff take requests and contacts for customers.</summary>
    public static readonly Channel[] Assisted = [Channel.Phone, Channel.FaceToFace, Channel.Email, Channel.Letter, Channel.Webchat];

    /// <summary>The channel within a sentence: "Request received by phone".</summary>
    public static string Text(Channel channel) => channel switch
    {
        Channel.Web => "online form",
        Channel.Phone => "phone",
        Channel.FaceToFace => "face to face",
        Channel.Email => "email",
        Channel.Letter => "letter",
        Channel.Webchat => "webchat",
        Channel.Api => "connected system",
        Channel.FieldWorker => "field worker",
    };

    /// <summary>The channel as a label at the start of a sentence or an option.</summary>
    public static string Label(Channel channel) => char.ToUpperInvariant(Text(channel)[0]) + Text(channel)[1..];
}

public enum CaseKind { Request, CouncillorEnquiry, MpEnquiry, Complaint, Compliment }

public enum CasePriority { Normal, High, Urgent }

public static class Priorities
{
    /// <summary>How a priority is stored, sent to connected systems and posted by forms: "normal", "high", "urgent".</summary>
    public static string Code(CasePriority priority) => priority.ToString().ToLowerInvariant();

    public static CasePriority? FromCode(string? code) => Enum.GetValues<CasePriority>().Cast<CasePriority?>().FirstOrDefault(p => Code(p!.Value) == code);

    public static string Text(CasePriority priority) => priority.ToString();
}

public class Case
{
    public long Id { get; set; }
    public required string Reference { get; set; }
    public int ServiceId { get; set; }
    public Catalogue.Service Service { get; set; } = null!;
    public CaseStatus Status { get; set; } = CaseStatus.Open;
    public CasePriority Priority { get; set; }
    public string AnswersJson { get; set; } = "{}";
    /// <summary>The version of the service's form the answers were given to, whose labels show them.</summary>
    public int FormVersion { get; set; } = 1;
    public long? Uprn { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string? LocationDescription { get; set; }
    /// <summary>Where it is, for people to read: the address or description, else the map point a connected system sent.</summary>
    public string? LocationText => LocationTextOf(LocationDescription, Latitude, Longitude);
    public long? CustomerId { get; set; }
    public Customers.Customer? Customer { get; set; }
    public Channel Channel { get; set; }
    public long TeamId { get; set; }
    public Teams.Team Team { get; set; } = null!;
    public long? AssigneeId { get; set; }
    public Staff.StaffMember? Assignee { get; set; }
    public CaseKind Kind { get; set; }
    /// <summary>The councillor or member of staff who raised it for someone else.</summary>
    public long? RaisedByStaffId { get; set; }
    /// <summary>For a complaint: the case it is about.</summary>
    public long? RelatesToCaseId { get; set; }
    /// <summary>For councillor and MP enquiries: the member the enquiry came from.</summary>
    public string? OnBehalfOf { get; set; }
    /// <summary>The collection or visit a booked service's form took a place for; the place is given back if the case is cancelled.</summary>
    public long? BookedSlotId { get; set; }
    /// <summary>Copied from the property, so queues can filter by ward without a join.</summary>
    public string? Ward { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime DueAt { get; set; }
    /// <summary>Set while the clock is stopped, waiting for the customer.</summary>
    public DateTime? PausedAt { get; set; }
    /// <summary>Set when the case reaches a closing status; null while it is open.</summary>
    public DateTime? ResolvedAt { get; set; }
    public string? Outcome { get; set; }
    public bool ResolvedAtFirstContact { get; set; }
    /// <summary>How many times the case moved to another team, and was reopened after closing: counted for the performance figures.</summary>
    public int Transfers { get; set; }
    public int Reopens { get; set; }
    /// <summary>The connected system it came in from, and that system's own id for it (such as FixMyStreet's report id).</summary>
    public long? ApiClientId { get; set; }
    public string? ExternalId { get; set; }
    /// <summary>One case per connected system's id: a report sent again while the first try is still being made gets the first's case.</summary>
    public static readonly Data.UniqueIndex ExternalIds = new("Cases", nameof(ApiClientId), nameof(ExternalId));
    /// <summary>A photo a connected system holds and linked to, rather than sent.</summary>
    public string? MediaUrl { get; set; }
    /// <summary>Bumped by every change, so two people editing at once cannot overwrite each other.</summary>
    public int Version { get; set; }
    /// <summary>When its personal data was taken out (erasure or retention); what the figures count stays.</summary>
    public DateTime? AnonymisedAt { get; set; }
    public List<TimelineEvent> Timeline { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];

    public bool IsOpen => ResolvedAt is null;

    public Dictionary<string, List<string>> Answers => ParseAnswers(AnswersJson);

    public static Dictionary<string, List<string>> ParseAnswers(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, List<string>>>(json) ?? [];

    public static bool IsClosing(CaseStatus status) => status is CaseStatus.Fixed or CaseStatus.ClosedWithoutFix
        or CaseStatus.Duplicate or CaseStatus.NotCouncilsResponsibility or CaseStatus.NoFurtherAction or CaseStatus.Cancelled;

    /// <summary>The GOV.UK tag colour for a status, the same wherever a resident sees it.</summary>
    public static string StatusTagClass(CaseStatus status) => status switch
    {
        CaseStatus.Fixed => "govuk-tag--green",
        CaseStatus.OnHold => "govuk-tag--yellow",
        CaseStatus.Open or CaseStatus.Reopened => "govuk-tag--blue",
        CaseStatus.Investigating or CaseStatus.InProgress or CaseStatus.ActionScheduled => "govuk-tag--light-blue",
        _ => "govuk-tag--grey",
    };

    /// <summary>The status as connected systems see it in the API and webhooks: "in_progress", "not_councils_responsibility".</summary>
    public static string StatusCode(CaseStatus status) => System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(status.ToString());

    public static CaseStatus? FromStatusCode(string? code) =>
        Enum.GetValues<CaseStatus>().Cast<CaseStatus?>().FirstOrDefault(s => StatusCode(s!.Value) == code);

    /// <summary>FixMyStreet may send only the point marked on its map: that is still where the resident said.</summary>
    public static string? LocationTextOf(string? description, double? latitude, double? longitude) =>
        description ?? (latitude is double lat && longitude is double lng ? $"Map point {lat:0.00000}, {lng:0.00000}" : null);

    public static string StatusText(CaseStatus status) => status switch
    {
        CaseStatus.Open => "Received",
        CaseStatus.Investigating => "Investigating",
        CaseStatus.InProgress => "In progress",
        CaseStatus.ActionScheduled => "Action scheduled",
        CaseStatus.OnHold => "Waiting for information from you",
        CaseStatus.Fixed => "Fixed",
        CaseStatus.ClosedWithoutFix => "Closed",
        CaseStatus.Duplicate => "Closed: already reported",
        CaseStatus.NotCouncilsResponsibility => "Closed: not the council's responsibility",
        CaseStatus.NoFurtherAction => "Closed: no further action",
        CaseStatus.Cancelled => "Cancelled",
        CaseStatus.Reopened => "Reopened",
        _ => status.ToString(),
    };
}

public enum TimelineEventType { Created, StatusChanged, PublicUpdate, InternalNote, Assigned, PriorityChanged, Contact, NotificationSent, Attachment, Escalated, FromCustomer, NotificationFailed }

/// <summary>Append-only history of a case; the case row holds only the current state.</summary>
public class TimelineEvent
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateTime At { get; set; }
    public TimelineEventType Type { get; set; }
    public bool IsPublic { get; set; }
    public required string Text { get; set; }
    public string Actor { get; set; } = "system";
    /// <summary>The case's status once this event happened, for feeds of public updates.</summary>
    public CaseStatus? Status { get; set; }
    /// <summary>For an update a connected system sent: that system and its id for the update.</summary>
    public long? ApiClientId { get; set; }
    public string? ExternalId { get; set; }
}

public static class TimelineEvents
{
    /// <summary>
    /// What we asked the customer while their request waits for them: the latest public update made since it began to
    /// wait (moving it there needs one). Null when it is not waiting.
    /// </summary>
    public static TimelineEvent? AskedOfCustomer(Case c, IEnumerable<TimelineEvent> publicNewestFirst) => c.Status != CaseStatus.OnHold ? null
        : publicNewestFirst.FirstOrDefault(u => u.Type == TimelineEventType.PublicUpdate && u.Status == CaseStatus.OnHold);

    /// <summary>A case's public events, newest first, as the customer's pages show them.</summary>
    public static Task<List<TimelineEvent>> PublicAsync(Data.FrontDoorDb db, long caseId, CancellationToken ct) =>
        db.TimelineEvents.AsNoTracking().Where(t => t.CaseId == caseId && t.IsPublic).OrderByDescending(t => t.At).ThenByDescending(t => t.Id).ToListAsync(ct);
}

public class Attachment
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public DateTime CreatedAt { get; set; }
}

sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> e)
    {
        e.HasIndex(c => c.Reference).IsUnique();
        // Most indexes hold only the cases that have what they find (a new case has no assignee, related case or booking,
        // and is not resolved), so intake writes no entry in them; every query that uses one asks for a value.
        const string resolved = "\"ResolvedAt\" IS NOT NULL";
        e.HasIndex(c => c.ResolvedAt, "IX_Cases_ToAnonymise").HasFilter("\"AnonymisedAt\" IS NULL AND " + resolved);
        e.Property(c => c.Version).IsConcurrencyToken();
        // The queues. Open cases are indexed apart (partial indexes), because "ResolvedAt IS NULL" is not an
        // equality PostgreSQL can sort through: with it in the key, every page would sort the whole team.
        const string open = "\"ResolvedAt\" IS NULL";
        e.HasIndex(c => new { c.TeamId, c.DueAt, c.Id }, "IX_Cases_OpenByTeam").HasFilter(open);
        e.HasIndex(c => new { c.TeamId, c.AssigneeId, c.DueAt, c.Id }, "IX_Cases_OpenByTeamAssignee").HasFilter(open);
        e.HasIndex(c => new { c.TeamId, c.Status, c.DueAt, c.Id }, "IX_Cases_OpenByTeamStatus").HasFilter(open);
        e.HasIndex(c => c.DueAt, "IX_Cases_RunningClocks").HasFilter(open + " AND \"PausedAt\" IS NULL");
        e.HasIndex(c => new { c.TeamId, c.ResolvedAt, c.Id }).HasFilter(resolved);
        e.HasOne(c => c.Team).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(c => c.RaisedByStaffId).HasFilter("\"RaisedByStaffId\" IS NOT NULL");
        e.HasIndex(c => c.RelatesToCaseId).HasFilter("\"RelatesToCaseId\" IS NOT NULL");
        e.HasIndex(c => c.BookedSlotId).HasFilter("\"BookedSlotId\" IS NOT NULL");
        e.HasIndex(c => c.AssigneeId).HasFilter("\"AssigneeId\" IS NOT NULL");
        e.HasOne<Case>().WithMany().HasForeignKey(c => c.RelatesToCaseId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(c => c.CustomerId);
        e.HasOne<Slots.Slot>().WithMany().HasForeignKey(c => c.BookedSlotId).OnDelete(DeleteBehavior.Restrict);
        // Open311's date window, and the API's "changed since".
        e.HasIndex(c => c.CreatedAt);
        e.HasIndex(c => c.UpdatedAt);
        e.HasIndex(c => new { c.ApiClientId, c.ExternalId }, Case.ExternalIds.Name).IsUnique().HasFilter("\"ExternalId\" IS NOT NULL");
        e.HasOne(c => c.Assignee).WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(c => c.Service).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasOne(c => c.Customer).WithMany().OnDelete(DeleteBehavior.Restrict);
        e.HasMany(c => c.Timeline).WithOne().HasForeignKey(t => t.CaseId);
        e.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.CaseId);
    }
}

sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> e)
    {
        e.HasIndex(t => new { t.CaseId, t.At });
        // Open311 servicerequestupdates: public events in a date window.
        e.HasIndex(t => t.At, "IX_TimelineEvents_PublicAt").HasFilter("\"IsPublic\"");
        // A front end's update id is accepted once.
        e.HasIndex(t => new { t.ApiClientId, t.ExternalId }).IsUnique().HasFilter("\"ExternalId\" IS NOT NULL");
    }
}
