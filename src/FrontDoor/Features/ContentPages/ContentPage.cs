using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.ContentPages;

/// <summary>A page of the council's own words in Markdown (privacy notice, accessibility statement, cookies, contact us).</summary>
public class ContentPage : Data.IVersioned, Data.IPublicContent
{
    public int Id { get; set; }
    public required string Slug { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public DateTime UpdatedAt { get; set; }
    public required string UpdatedBy { get; set; }
    public int Version { get; set; }
}

sealed class ContentPageConfiguration : IEntityTypeConfiguration<ContentPage>
{
    public void Configure(EntityTypeBuilder<ContentPage> e)
    {
        e.Property(p => p.Slug).HasMaxLength(60);
        e.HasIndex(p => p.Slug).IsUnique();
        e.Property(p => p.Version).IsConcurrencyToken();
    }
}
