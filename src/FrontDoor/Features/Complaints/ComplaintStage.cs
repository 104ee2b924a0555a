using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Features.Complaints;

public enum ComplaintOutcome { Upheld, PartlyUpheld, NotUpheld }

public enum Ombudsman { LocalGovernment, Housing }

/// <summary>
/// One stage of a complaint (1, or 2 once the customer escalates it) and its clocks under the Ombudsmen's complaint handling
/// codes: acknowledged within 5 working days, answered within 10 (stage 1) or 20 (stage 2) working days of acknowledgement,
/// once extended with a recorded reason. The complaint itself is a case of kind Complaint.
/// </summary>
public class ComplaintStage
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int Number { get; set; } = 1;
    public DateTime ReceivedAt { get; set; }
    public DateTime AcknowledgeBy { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    /// <summary>Set when acknowledged: the code's deadline, which an extension does not move.</summary>
    public DateTime? RespondBy { get; set; }
    public DateTime? ExtendedTo { get; set; }
    public string? ExtensionReason { get; set; }
    public DateTime? RespondedAt { get; set; }
    public ComplaintOutcome? Outcome { get; set; }
    /// <summary>For stage 2: why the customer was not satisfied with the stage 1 response.</summary>
    public string? EscalationReason { get; set; }

    public DateTime? Deadline => ExtendedTo ?? RespondBy;
}

sealed class ComplaintStageConfiguration : IEntityTypeConfiguration<ComplaintStage>
{
    public void Configure(EntityTypeBuilder<ComplaintStage> e)
    {
        e.HasIndex(s => new { s.CaseId, s.Number }).IsUnique();
        e.HasIndex(s => s.ReceivedAt);
        e.Property(s => s.Outcome).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Cases.Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}
