using FrontDoor.Features.Audit;
using FrontDoor.Features.Cases;
using FrontDoor.Features.Catalogue;
using FrontDoor.Features.Contacts;
using FrontDoor.Features.Customers;
using FrontDoor.Features.Gazetteer;
using FrontDoor.Features.Notifications;
using FrontDoor.Features.Requests;
using FrontDoor.Features.Staff;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FrontDoor.Data;

public class FrontDoorDb(DbContextOptions<FrontDoorDb> options) : DbContext(options), IDataProtectionKeyContext
{
    /// <summary>The keys that sign cookies and links and encrypt secrets, shared by every node (see <see cref="Shared.KeyRing"/>).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Features.Teams.Team> Teams => Set<Features.Teams.Team>();
    public DbSet<FormVersion> FormVersions => Set<FormVersion>();
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
    public DbSet<Features.ResponseTemplates.ResponseTemplate> ResponseTemplates => Set<Features.ResponseTemplates.ResponseTemplate>();
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
    public DbSet<Features.Messages.MessageTemplate> MessageTemplates => Set<Features.Messages.MessageTemplate>();
    public DbSet<Features.ContentPages.ContentPage> ContentPages => Set<Features.ContentPages.ContentPage>();
    public DbSet<Features.Calendar.BankHoliday> BankHolidays => Set<Features.Calendar.BankHoliday>();
    public DbSet<Shared.Council.CouncilSettings> CouncilSettings => Set<Shared.Council.CouncilSettings>();
    public DbSet<Features.Satisfaction.SatisfactionResponse> SatisfactionResponses => Set<Features.Satisfaction.SatisfactionResponse>();
    public DbSet<Features.Complaints.ComplaintStage> ComplaintStages => Set<Features.Complaints.ComplaintStage>();
    public DbSet<Features.SiteFeedback.PageFeedback> PageFeedback => Set<Features.SiteFeedback.PageFeedback>();
    public DbSet<Features.SiteFeedback.ServiceFeedback> ServiceFeedback => Set<Features.SiteFeedback.ServiceFeedback>();
    public DbSet<Features.Performance.CaseFigures> CaseFigures => Set<Features.Performance.CaseFigures>();
    public DbSet<Features.Performance.ContactFigures> ContactFigures => Set<Features.Performance.ContactFigures>();
    public DbSet<Features.Performance.ChannelRate> ChannelRates => Set<Features.Performance.ChannelRate>();
    public DbSet<Features.Performance.AreaFigures> AreaFigures => Set<Features.Performance.AreaFigures>();
    public DbSet<Features.Performance.MessageFigures> MessageFigures => Set<Features.Performance.MessageFigures>();
    public DbSet<Features.Performance.FormFigures> FormFigures => Set<Features.Performance.FormFigures>();
    public DbSet<Features.Performance.TakeUpFigures> TakeUpFigures => Set<Features.Performance.TakeUpFigures>();
    public DbSet<Features.Performance.FigureRollupState> FigureRollupStates => Set<Features.Performance.FigureRollupState>();
    public DbSet<Features.Slots.Diary> Diaries => Set<Features.Slots.Diary>();
    public DbSet<Features.Slots.DiaryHours> DiaryHours => Set<Features.Slots.DiaryHours>();
    public DbSet<Features.Slots.DiaryClosure> DiaryClosures => Set<Features.Slots.DiaryClosure>();
    public DbSet<Features.Slots.Slot> Slots => Set<Features.Slots.Slot>();
    public DbSet<Features.Callbacks.Callback> Callbacks => Set<Features.Callbacks.Callback>();
    public DbSet<Features.Callbacks.CallbackAttempt> CallbackAttempts => Set<Features.Callbacks.CallbackAttempt>();
    public DbSet<Features.Appointments.Location> Locations => Set<Features.Appointments.Location>();
    public DbSet<Features.Appointments.AppointmentType> AppointmentTypes => Set<Features.Appointments.AppointmentType>();
    public DbSet<Features.Appointments.OfficerSkill> OfficerSkills => Set<Features.Appointments.OfficerSkill>();
    public DbSet<Features.Appointments.Appointment> Appointments => Set<Features.Appointments.Appointment>();
    public DbSet<Features.SupportTasks.SupportTask> SupportTasks => Set<Features.SupportTasks.SupportTask>();
    public DbSet<Features.Catalogue.PublicContentStamp> PublicContentStamps => Set<Features.Catalogue.PublicContentStamp>();

    /// <summary>SQLite's turn to write, while this context's transaction holds it (see <see cref="SqliteWriters"/>).</summary>
    internal SemaphoreSlim? WriteTurn;

    // A context goes back to its pool, or away, with any transaction it began ended: so is its turn to write.
    public override void Dispose()
    {
        base.Dispose();
        SqliteWriters.Release(this);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteWriters.Release(this);
    }

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
        builder.Properties<DeliveryStatus>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<StaffRole>().HaveConversion<string>().HaveMaxLength(30);
        builder.Properties<Features.Catalogue.ServiceStatus>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<EscalationThreshold>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ContactMethod>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<ContactPointKind>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<DuplicateStatus>().HaveConversion<string>().HaveMaxLength(20);
        builder.Properties<Features.Accounts.CodePurpose>().HaveConversion<string>().HaveMaxLength(20);
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        // Each entity's configuration sits beside it, as an IEntityTypeConfiguration.
        model.ApplyConfigurationsFromAssembly(typeof(FrontDoorDb).Assembly);
        if (IsPostgres) Features.Customers.CustomerIds.DrawAhead(model);
        else Features.Customers.CustomerIds.DrawFromCounter(model);
    }

    // Changes are detected once, here, and not again by the checks and interceptors that look at them nor by EF's own save.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var detecting = DetectOnce();
        try
        {
            RefuseAuditChanges();
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        finally { ChangeTracker.AutoDetectChangesEnabled = detecting; }
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        var detecting = DetectOnce();
        try
        {
            RefuseAuditChanges();
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct);
        }
        finally { ChangeTracker.AutoDetectChangesEnabled = detecting; }
    }

    bool DetectOnce()
    {
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        if (detecting) ChangeTracker.DetectChanges();
        ChangeTracker.AutoDetectChangesEnabled = false;
        return detecting;
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
