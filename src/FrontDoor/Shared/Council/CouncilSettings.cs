using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Shared.Council;

/// <summary>
/// What the council's administrators have set in the pages, over what configuration says: one row. A field left null
/// keeps the configured value, so an install configured by its deployment needs nothing here.
/// </summary>
public class CouncilSettings : Data.IVersioned, Data.IPublicContent
{
    public const int TheOne = 1;

    public int Id { get; set; } = TheOne;
    public string? Name { get; set; }
    public string? BrandColour { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? OpeningHours { get; set; }
    public string? LogoContentType { get; set; }
    public byte[]? Logo { get; set; }
    /// <summary>Which of GOV.UK's bank holiday divisions the council's working days follow.</summary>
    public string Division { get; set; } = "england-and-wales";
    public DateTime UpdatedAt { get; set; }
    public int Version { get; set; }
}

sealed class CouncilSettingsConfiguration : IEntityTypeConfiguration<CouncilSettings>
{
    public void Configure(EntityTypeBuilder<CouncilSettings> e)
    {
        e.Property(s => s.Id).ValueGeneratedNever();
        e.Property(s => s.Division).HasMaxLength(30);
        e.Property(s => s.Version).IsConcurrencyToken();
    }
}
