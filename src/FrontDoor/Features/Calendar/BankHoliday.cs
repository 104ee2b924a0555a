using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Calendar;

/// <summary>A bank holiday in one of GOV.UK's divisions: england-and-wales, scotland or northern-ireland.</summary>
public class BankHoliday
{
    public long Id { get; set; }
    public required string Division { get; set; }
    public DateOnly Date { get; set; }
    public required string Title { get; set; }
}

sealed class BankHolidayConfiguration : IEntityTypeConfiguration<BankHoliday>
{
    public void Configure(EntityTypeBuilder<BankHoliday> e)
    {
        e.Property(h => h.Division).HasMaxLength(30);
        e.HasIndex(h => new { h.Division, h.Date }).IsUnique();
    }
}
