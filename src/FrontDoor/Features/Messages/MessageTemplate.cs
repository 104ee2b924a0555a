using FrontDoor.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Messages;

/// <summary>
/// The council's own wording of one message on one channel in one language, written in Liquid. Where there is none,
/// FrontDoor's standard wording is sent, so a council only stores what it has changed.
/// </summary>
public class MessageTemplate : Data.IVersioned, Data.IPublicContent
{
    public long Id { get; set; }
    public MessageKey Key { get; set; }
    public MessageKind Channel { get; set; }
    /// <summary>An ISO 639-1 code such as en or cy: a council adds another language without a schema change.</summary>
    public required string Language { get; set; }
    /// <summary>For an email or a letter; a text message has none.</summary>
    public string? Subject { get; set; }
    public required string Body { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
    public int Version { get; set; }
}

sealed class MessageTemplateConfiguration : IEntityTypeConfiguration<MessageTemplate>
{
    public void Configure(EntityTypeBuilder<MessageTemplate> e)
    {
        e.Property(t => t.Key).HasConversion<string>().HasMaxLength(40);
        e.Property(t => t.Language).HasMaxLength(10);
        e.HasIndex(t => new { t.Key, t.Channel, t.Language }).IsUnique();
        e.Property(t => t.Version).IsConcurrencyToken();
    }
}
