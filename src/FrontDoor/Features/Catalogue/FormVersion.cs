using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Catalogue;

/// <summary>
/// A published version of a service's form, kept so a case always shows its answers with the questions it was asked.
/// The current version is also the service's own <see cref="Service.FormJson"/>; every one before it is here.
/// </summary>
public class FormVersion : Data.IPublicContent
{
    public long Id { get; set; }
    public int ServiceId { get; set; }
    public int Number { get; set; }
    public required string FormJson { get; set; }
    public DateTime PublishedAt { get; set; }
    public required string PublishedBy { get; set; }

    public FormDefinition Form => System.Text.Json.JsonSerializer.Deserialize<FormDefinition>(FormJson, FormDefinition.Json) ?? new();
}

sealed class FormVersionConfiguration : IEntityTypeConfiguration<FormVersion>
{
    public void Configure(EntityTypeBuilder<FormVersion> e)
    {
        e.HasIndex(v => new { v.ServiceId, v.Number }).IsUnique();
        e.HasOne<Service>().WithMany().HasForeignKey(v => v.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}
