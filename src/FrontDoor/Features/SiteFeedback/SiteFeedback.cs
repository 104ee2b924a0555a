using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.SiteFeedback;

public enum PageFeedbackKind { Useful, NotUseful, Problem }

/// <summary>
/// What a visitor said of a page: useful or not, or a problem with it. The page is kept as its route ("/track/{reference}"),
/// never its address, so nothing in it can name anyone.
/// </summary>
public class PageFeedback
{
    public long Id { get; set; }
    public required string Page { get; set; }
    public PageFeedbackKind Kind { get; set; }
    public string? Doing { get; set; }
    public string? WentWrong { get; set; }
    public DateTime At { get; set; }
}

/// <summary>A resident's answer to "What did you think of this service?" at the end of an online form.</summary>
public class ServiceFeedback
{
    public long Id { get; set; }
    public int ServiceId { get; set; }
    public int Score { get; set; }
    public string? Improve { get; set; }
    public DateTime At { get; set; }
}

sealed class PageFeedbackConfiguration : IEntityTypeConfiguration<PageFeedback>
{
    public void Configure(EntityTypeBuilder<PageFeedback> e)
    {
        e.Property(f => f.Page).HasMaxLength(200);
        e.Property(f => f.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasIndex(f => f.At);
    }
}

sealed class ServiceFeedbackConfiguration : IEntityTypeConfiguration<ServiceFeedback>
{
    public void Configure(EntityTypeBuilder<ServiceFeedback> e)
    {
        e.HasOne<Catalogue.Service>().WithMany().HasForeignKey(f => f.ServiceId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(f => f.At);
    }
}
