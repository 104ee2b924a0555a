using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.ResponseTemplates;

/// <summary>
/// Council-written wording for public updates, in Liquid: placeholders such as {{ reference }} are filled from the case
/// when an officer chooses it (the list is <see cref="Messages.StandardMessages.Case"/>).
/// </summary>
public class ResponseTemplate : Data.IVersioned
{
    public int Id { get; set; }
    /// <summary>The team it belongs to; null when every team may use it.</summary>
    public long? TeamId { get; set; }
    public Teams.Team? Team { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public int Version { get; set; }
}

sealed class ResponseTemplateConfiguration : IEntityTypeConfiguration<ResponseTemplate>
{
    public void Configure(EntityTypeBuilder<ResponseTemplate> e) => e.Property(t => t.Version).IsConcurrencyToken();
}
