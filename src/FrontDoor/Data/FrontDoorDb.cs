using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Gazetteer;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FrontDoor.Data;

public class FrontDoorDb(DbContextOptions<FrontDoorDb> options) : DbContext(options)
{
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<TimelineEvent> TimelineEvents => Set<TimelineEvent>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Property> Properties => Set<Property>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<DeliveryAttempt> DeliveryAttempts => Set<DeliveryAttempt>();
    public DbSet<Draft> Drafts => Set<Draft>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<ResponseTemplate> ResponseTemplates => Set<ResponseTemplate>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    public DbSet<ContactPoint> ContactPoints => Set<ContactPoint>();
    public DbSet<PossibleDuplicate> PossibleDuplicates => Set<PossibleDuplicate>();
    public DbSet<CustomerMerge> CustomerMerges => Set<CustomerMerge>();
    public DbSet<CustomerAlert> CustomerAlerts => Set<CustomerAlert>();
    public DbSet<Features.Accounts.OneTimeCode> OneTimeCodes => Set<Features.Accounts.OneTimeCode>();
    public DbSet<Features.Events.OutboxEvent> OutboxEvents => Set<Features.Events.OutboxEvent>();
    public DbSet<Features.ApiClients.ApiClient> ApiClients => Set<Features.ApiClients.ApiClient>();
    public DbSet<Features.Webhooks.WebhookSubscription> WebhookSubscriptions => Set<Features.Webhooks.WebhookSubscription>();
    public DbSet<Features.Webhooks.WebhookDelivery> WebhookDeliveries => Set<Features.Webhooks.WebhookDelivery>();
    public DbSet<Features.Webhooks.WebhookAttempt> WebhookAttempts => Set<Features.Webhooks.WebhookAttempt>();

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        // SQLite stores DateTime as text and forgets its kind; every DateTime here is UTC.
        if (!IsPostgres) builder.Properties<DateTime>().HaveConversion<UtcKindConverter>();
        builder.Properties<CaseStatus>().HaveConversion<string>().HaveMaxLength(40);
        builder.Properties<Channel>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ContactPurpose>().HaveConversion<string>().HaveMaxLength(30);
        builder.Properties<TimelineEventType>().HaveConversion<string>().HaveMaxLength(30);
        builder.Properties<CaseKind>().HaveConversion<string>().HaveMaxLength(30);
        builder.Properties<CasePriority>().HaveConversion<PriorityCodeConverter>();
        builder.Properties<MessageKind>().HaveConversion<LowerCaseEnumConverter<MessageKind>>();
        builder.Properties<StaffRole>().HaveConversion<string>().HaveMaxLength(30);
        builder.Properties<EscalationThreshold>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ContactMethod>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ContactPointKind>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<DuplicateStatus>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<Features.Accounts.CodePurpose>().HaveConversion<string>().HaveMaxLength(20);
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Service>(e =>
        {
            e.HasIndex(s => s.Slug).IsUnique();
            e.Ignore(s => s.Form);
        });
        model.Entity<Case>(e =>
        {
            e.HasIndex(c => c.Reference).IsUnique();
            e.Property(c => c.Version).IsConcurrencyToken();
            // The queues. Open cases are indexed apart (partial indexes), because "ResolvedAt IS NULL" is not an
            // equality PostgreSQL can sort through: with it in the key, every page would sort the whole team.
            const string open = "\"ResolvedAt\" IS NULL";
            e.HasIndex(c => new { c.Team, c.DueAt, c.Id }, "IX_Cases_OpenByTeam").HasFilter(open);
            e.HasIndex(c => new { c.Team, c.AssigneeId, c.DueAt, c.Id }, "IX_Cases_OpenByTeamAssignee").HasFilter(open);
            e.HasIndex(c => new { c.Team, c.Status, c.DueAt, c.Id }, "IX_Cases_OpenByTeamStatus").HasFilter(open);
            e.HasIndex(c => c.DueAt, "IX_Cases_RunningClocks").HasFilter(open + " AND \"PausedAt\" IS NULL");
            e.HasIndex(c => new { c.Team, c.ResolvedAt, c.Id });
            e.HasIndex(c => c.RaisedByStaffId);
            e.HasIndex(c => c.CustomerId);
            // Open311's date window, and the API's "changed since".
            e.HasIndex(c => c.CreatedAt);
            e.HasIndex(c => c.UpdatedAt);
            e.HasIndex(c => new { c.ApiClientId, c.ExternalId });
            e.HasOne(c => c.Assignee).WithMany().HasForeignKey(c => c.AssigneeId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.Service).WithMany().OnDelete(DeleteBehavior.Restrict);
            e.HasOne(c => c.Customer).WithMany().OnDelete(DeleteBehavior.Restrict);
            e.HasMany(c => c.Timeline).WithOne().HasForeignKey(t => t.CaseId);
            e.HasMany(c => c.Attachments).WithOne().HasForeignKey(a => a.CaseId);
        });
        model.Entity<TimelineEvent>(e =>
        {
            e.HasIndex(t => new { t.CaseId, t.At });
            // Open311 servicerequestupdates: public events in a date window.
            e.HasIndex(t => t.At, "IX_TimelineEvents_PublicAt").HasFilter("\"IsPublic\"");
            // A front end's update id is accepted once.
            e.HasIndex(t => new { t.ApiClientId, t.ExternalId }).IsUnique().HasFilter("\"ExternalId\" IS NOT NULL");
        });
        model.Entity<Customer>(e =>
        {
            e.HasIndex(c => c.EmailNormalised);
            e.HasIndex(c => c.PhoneKey);
            e.HasIndex(c => c.PostcodeKey);
            e.HasIndex(c => new { c.SurnameCode, c.Initial });
            e.HasOne(c => c.Property).WithMany().HasForeignKey(c => c.Uprn).OnDelete(DeleteBehavior.Restrict);
            e.HasMany(c => c.ContactPoints).WithOne().HasForeignKey(p => p.CustomerId);
        });
        model.Entity<ContactPoint>(e =>
        {
            e.HasIndex(p => new { p.Kind, p.Key });
            e.HasIndex(p => p.CustomerId);
            // One person owns a verified address or number: it is what signs them in.
            e.HasIndex(p => new { p.Kind, p.Key }, "IX_ContactPoints_Verified").IsUnique().HasFilter("\"VerifiedAt\" IS NOT NULL");
        });
        model.Entity<PossibleDuplicate>(e =>
        {
            e.HasIndex(d => new { d.FirstId, d.SecondId }).IsUnique();
            e.HasIndex(d => d.SecondId);
            e.HasIndex(d => new { d.Status, d.FoundAt });
            e.HasOne(d => d.First).WithMany().HasForeignKey(d => d.FirstId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne(d => d.Second).WithMany().HasForeignKey(d => d.SecondId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<CustomerMerge>(e =>
        {
            e.HasIndex(m => m.SurvivorId);
            e.HasIndex(m => m.MergedId);
            e.HasOne(m => m.Merged).WithMany().HasForeignKey(m => m.MergedId).OnDelete(DeleteBehavior.Restrict);
        });
        model.Entity<CustomerAlert>().HasIndex(a => a.CustomerId);
        model.Entity<Features.Accounts.OneTimeCode>().HasIndex(c => new { c.Target, c.CreatedAt });
        model.Entity<Features.Events.OutboxEvent>().HasIndex(e => e.DeliveredAt);
        model.Entity<Features.ApiClients.ApiClient>().HasIndex(c => c.KeyHash).IsUnique();
        model.Entity<Features.Webhooks.WebhookSubscription>(e =>
        {
            e.HasIndex(s => s.ApiClientId);
            e.HasOne(s => s.ApiClient).WithMany().HasForeignKey(s => s.ApiClientId);
        });
        model.Entity<Features.Webhooks.WebhookDelivery>(e =>
        {
            e.HasIndex(d => new { d.DeliveredAt, d.FailedAt, d.NextAttemptAt });
            e.HasIndex(d => new { d.SubscriptionId, d.Id });
            e.HasIndex(d => d.OutboxEventId);
            e.HasOne(d => d.Subscription).WithMany().HasForeignKey(d => d.SubscriptionId);
            e.HasOne(d => d.Event).WithMany().HasForeignKey(d => d.OutboxEventId);
            e.HasMany(d => d.AttemptLog).WithOne().HasForeignKey(a => a.DeliveryId);
        });
        model.Entity<Contact>(e =>
        {
            e.HasIndex(c => c.CustomerId);
            e.HasIndex(c => c.CaseId);
            e.HasOne(c => c.Customer).WithMany().HasForeignKey(c => c.CustomerId);
            e.HasOne(c => c.Case).WithMany().HasForeignKey(c => c.CaseId);
        });
        model.Entity<Property>(e =>
        {
            e.HasKey(p => p.Uprn);
            e.Property(p => p.Uprn).ValueGeneratedNever();
            e.HasIndex(p => p.PostcodeKey);
            e.HasIndex(p => p.StreetKey);
            e.HasIndex(p => p.AddressKey);
        });
        model.Entity<OutboxMessage>(e =>
        {
            e.HasIndex(m => new { m.SentAt, m.FailedAt, m.NextAttemptAt });
            e.HasMany(m => m.DeliveryAttempts).WithOne().HasForeignKey(a => a.OutboxMessageId);
            e.HasOne(m => m.Case).WithMany().HasForeignKey(m => m.CaseId);
            e.HasIndex(m => m.CustomerId);
        });
        model.Entity<StaffMember>().HasIndex(s => s.EmailNormalised).IsUnique();
        model.Entity<AuditEntry>(e =>
        {
            e.HasIndex(a => a.At);
            e.HasIndex(a => a.CaseId);
            e.HasIndex(a => a.CustomerId);
        });
        model.Entity<Escalation>().HasIndex(x => new { x.CaseId, x.Threshold }).IsUnique();
        model.Entity<Draft>(e =>
        {
            e.HasIndex(d => d.UpdatedAt);
            e.Ignore(d => d.Answers);
            e.Property(d => d.SubmittedReference).IsConcurrencyToken();
        });
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
    }

    /// <summary>The audit trail is append-only: nothing in the application may change or remove an entry.</summary>
    void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit entries cannot be changed or removed.");
    }

    sealed class PriorityCodeConverter() : ValueConverter<CasePriority, string>(p => Priorities.Code(p), code => Priorities.FromCode(code) ?? CasePriority.Normal);

    /// <summary>Enums stored as they were when they were strings: "email", "sms".</summary>
    sealed class LowerCaseEnumConverter<T>() : ValueConverter<T, string>(v => v.ToString().ToLowerInvariant(), s => Enum.Parse<T>(s, true)) where T : struct, Enum;

    sealed class UtcKindConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
