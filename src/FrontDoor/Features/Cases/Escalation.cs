using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Features.Cases;

public enum EscalationThreshold { DueSoon, Overdue }

/// <summary>A warning sent to the team leaders about a case; unique per case and threshold so each is sent once.</summary>
public class Escalation
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public EscalationThreshold Threshold { get; set; }
    public DateTime At { get; set; }
}

sealed class EscalationConfiguration : IEntityTypeConfiguration<Escalation>
{
    public void Configure(EntityTypeBuilder<Escalation> e)
    {
        e.HasIndex(x => new { x.CaseId, x.Threshold }).IsUnique();
    }
}
